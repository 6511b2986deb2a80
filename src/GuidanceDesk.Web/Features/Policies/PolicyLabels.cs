using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>Chinese names of the library's enums (keys of the UI resources) and the text of a consultation record.</summary>
public static class PolicyLabels
{
    public static string Of(PolicyKind k) => k switch
    {
        PolicyKind.Law => "法律",
        PolicyKind.Regulation => "法规规章",
        PolicyKind.EmploymentPolicy => "就业政策",
        PolicyKind.IndustryDocument => "行业文件",
        PolicyKind.InternalProcess => "内部流程制度",
        _ => "岗位职责",
    };

    public static string Of(PolicyStatus s) => s switch
    {
        PolicyStatus.Draft => "草稿",
        PolicyStatus.Published => "现行有效",
        PolicyStatus.Superseded => "已被替代",
        _ => "已废止",
    };

    /// <summary>The guidance record's text: each document explained, with its number and version, as the archive keeps it.</summary>
    public static string ConsultationContent(IEnumerable<(string Title, string? Number, int Version)> documents) =>
        "政策咨询：向劳动者讲解了" + string.Join("；", documents.Select(d =>
            $"《{d.Title.Trim('《', '》')}》（{(d.Number is null ? "" : d.Number + "，")}第{d.Version}版）")) + "。";
}
