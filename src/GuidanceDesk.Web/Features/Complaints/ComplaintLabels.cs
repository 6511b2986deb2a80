using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>Chinese labels (the resource keys) of the complaint and quality enums.</summary>
public static class ComplaintLabels
{
    public static string Of(ComplaintCategory c) => c switch
    {
        ComplaintCategory.ServiceAttitude => "服务态度",
        ComplaintCategory.ServiceQuality => "服务质量",
        ComplaintCategory.Privacy => "隐私保护",
        ComplaintCategory.WaitingTime => "等候时间",
        _ => "其他",
    };

    public static string Of(ComplaintStatus s) => s switch
    {
        ComplaintStatus.Received => "待分派",
        ComplaintStatus.Assigned => "办理中",
        ComplaintStatus.Replied => "已答复",
        _ => "已办结",
    };

    public static string Of(ComplaintChannel c) => c switch
    {
        ComplaintChannel.PublicForm => "网上投诉",
        ComplaintChannel.Portal => "网上服务大厅",
        ComplaintChannel.Phone => "电话投诉",
        _ => "现场投诉",
    };

    public static string Of(ComplaintEventKind k) => k switch
    {
        ComplaintEventKind.Received => "受理",
        ComplaintEventKind.Assigned => "分派办理",
        ComplaintEventKind.Investigated => "调查核实",
        ComplaintEventKind.Replied => "答复",
        ComplaintEventKind.Feedback => "投诉人评价",
        ComplaintEventKind.Reopened => "重新办理",
        ComplaintEventKind.Closed => "办结",
        ComplaintEventKind.Escalated => "逾期提醒",
        _ => "提出纠正预防措施",
    };
}
