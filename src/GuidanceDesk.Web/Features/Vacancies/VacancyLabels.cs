using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>Chinese labels of the vacancy's enumerations and the pay range as every page writes it.</summary>
public static class VacancyLabels
{
    public static string Of(VacancyStatus s) => s switch
    {
        VacancyStatus.Draft => "草稿", VacancyStatus.Open => "招聘中", VacancyStatus.Filled => "已招满",
        VacancyStatus.Withdrawn => "已撤回", _ => "已过期",
    };

    public static string Of(ContractType c) => c switch
    {
        ContractType.OpenEnded => "无固定期限劳动合同", ContractType.FixedTerm => "固定期限劳动合同",
        ContractType.TaskBased => "以完成一定工作任务为期限", ContractType.PartTime => "非全日制用工",
        ContractType.Dispatch => "劳务派遣", _ => "实习/见习",
    };

    public static string Of(VacancySource s) => s == VacancySource.Portal ? "单位网上发布" : "工作人员登记";

    /// <summary>"4,500–6,500" (yuan a month); the unit is written by the page in the user's language.</summary>
    public static string Pay(int min, int max) => min == max ? Fmt.Number(min) : $"{Fmt.Number(min)}–{Fmt.Number(max)}";

    public static string StatusClass(VacancyStatus s) => s switch
    {
        VacancyStatus.Open => "badge ok", VacancyStatus.Draft => "badge warn", _ => "badge",
    };

    public static List<SelectListItem> ContractTypes(IStringLocalizer l) => Choices.Of<ContractType>(l, Of);

    /// <summary>A vacancy's lowest education: "不限" rather than the registry's "未填写" for none.</summary>
    public static List<SelectListItem> Educations(IStringLocalizer l) =>
        Choices.Of<Education>(l, e => e == Education.Unknown ? "不限" : Labels.Of(e));

    public static List<SelectListItem> Statuses(IStringLocalizer l) => Choices.Of<VacancyStatus>(l, Of);
}
