using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>What users read for the states of a group session (resource keys), and the badge style of each.</summary>
public static class GroupSessionLabels
{
    public static string Of(GroupSessionStatus s) => s switch
    {
        GroupSessionStatus.Held => "已举办",
        GroupSessionStatus.Cancelled => "已取消",
        _ => "计划中",
    };

    public static string Of(MaterialsState s) => s switch
    {
        MaterialsState.Late => "材料逾期",
        MaterialsState.Sent => "材料已发送",
        MaterialsState.Pending => "材料待发送",
        _ => "材料待上传",
    };

    public static string Badge(MaterialsState s) => s switch
    {
        MaterialsState.Late => "err",
        MaterialsState.Sent => "ok",
        MaterialsState.Pending => "group",
        _ => "warn",
    };

    public static string Badge(GroupSessionStatus s) => s switch
    {
        GroupSessionStatus.Held => "ok",
        GroupSessionStatus.Cancelled => "",
        _ => "group",
    };

    public static string Of(ParticipantSource s) => s == ParticipantSource.Portal ? "网上报名" : "工作人员添加";

    public static string Of(RecordingOutcome o) => o switch
    {
        RecordingOutcome.Filed => "已归档",
        RecordingOutcome.AgreementExcludes => "未归档：服务协议未约定保存录音录像（7.2.1）",
        _ => "未归档：未同意录音录像",
    };
}
