using System.Globalization;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>The kinds as 7.2.2 names and letters them.</summary>
public static class ArchiveLabels
{
    public static string Letter(ArchiveKind k) => ((char)('a' + (int)k - 1)).ToString();

    public static string Of(ArchiveKind k) => k switch
    {
        ArchiveKind.AppointmentForm => "预约登记表",
        ArchiveKind.PersonalMaterial => "劳动者提交的个人资料",
        ArchiveKind.ProcessRecord => "指导过程记录表",
        ArchiveKind.GroupRecording => "团体指导录音录像",
        ArchiveKind.AssessmentReport => "测评及能力评价报告",
        ArchiveKind.ReferralForm => "个案转介表",
        _ => "满意度反馈表",
    };

    public static string Of(ArchiveOrigin o) => o == ArchiveOrigin.Generated ? "系统生成" : "上传";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };
}
