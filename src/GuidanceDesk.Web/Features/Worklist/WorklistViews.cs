using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Features.Risk;

namespace GuidanceDesk.Web.Features.Worklist;

/// <summary>Who the worklist is for and how it is narrowed; a saved filter replays these as a query string.</summary>
public sealed record WorklistFilter(long? CounselorId = null, SpecialGroups? Group = null, CaseStage? Stage = null, bool Unit = false);

/// <summary>One line of a worklist section: the case and worker, why it is listed, and when it is due.</summary>
public sealed record WorkItem(long CaseId, long WorkerId, string WorkerName, bool IsPriority, SpecialGroups Groups,
    long? CounselorId, string? CounselorName, CaseStage Stage, DateOnly? DueOn, string Detail, long? RefId, int Waiting = 1);

/// <summary>The worklist's section titles (resource keys).</summary>
public static class WorklistTitles
{
    public const string FollowUps = "逾期和今日应跟进（6.1.5）";
    public const string Plans = "即将到期或已到期的计划（6.1.6）";
    public const string Inactive = "30天无服务的个案";
    public const string Checklists = "预防性指导未完成（7.1.8）";
}

public sealed record WorkSection(IReadOnlyList<WorkItem> Items, int Total);

public sealed record CaseloadRow(long CounselorId, string Name, int OpenCases, int PriorityCases, int OverdueFollowUps,
    int PlansEnding, int Inactive);

/// <summary>
/// The counselor's day, in the order of the issue: the unit's risk alerts not closed (8.2, on every worklist of the unit,
/// whoever holds the case), case referrals under way (8.1), today's appointments, overdue follow-ups, plans ending within
/// 14 days or expired, cases quiet for 30 days, special-group checklists not done. Employment-assistance targets come
/// first in every case section (7.1.11).
/// </summary>
public sealed record WorklistView(WorklistFilter Filter, DateOnly Today, IReadOnlyList<RiskAlertLine> RiskAlerts,
    IReadOnlyList<ReferralLine> Referrals, IReadOnlyList<AppointmentView> TodayAppointments,
    WorkSection OverdueFollowUps, WorkSection PlansEnding, WorkSection Inactive, WorkSection ChecklistIncomplete,
    IReadOnlyList<CaseloadRow> Caseload, IReadOnlyList<SavedFilterView> SavedFilters);

public sealed record SavedFilterView(long Id, string Name, string Query);
