using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Employers;
using GuidanceDesk.Web.Features.Staff;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features;

/// <summary>
/// The home page: what each role needs to see first. Client desk staff get the quick search and their counts; the
/// head and managers also see what 4.1 and 4.6 ask that their unit does not yet meet.
/// </summary>
public sealed class IndexModel(WorkerQueries workers, EmployerHandlers employers, UnitHandlers units, StaffHandlers staff,
    Worklist.WorklistQueries worklist, Infrastructure.Notifications.Outbox outbox, Assessments.AssessmentQueries assessments,
    Risk.RiskQueries risks, Training.TrainingQueries training, PolicyLibrary.PolicyQueries policies, GroupSessions.GroupSessionQueries groupSessions,
    Complaints.ComplaintQueries complaints, Quality.QualityQueries quality, Admin.BackupHandlers backups, CurrentUser user, AgencyClock clock, IOptions<GuidanceDeskOptions> options) : PageModel
{
    /// <summary>Counselors, managers and the head start their day on the worklist (this order of sections).</summary>
    public bool DoesCaseWork => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public bool SeesUnit => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    [BindProperty(SupportsGet = true)]
    public long? CounselorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public SpecialGroups? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unit { get; set; }

    public Worklist.WorklistView? Work { get; private set; }

    public IReadOnlyList<Reminders.NotificationView> Notifications { get; private set; } = [];

    /// <summary>Assessment work waiting (7.1.6–7.1.7): what to do next and how many plans, e.g. ("撰写报告", 2).</summary>
    public IReadOnlyList<(string Todo, int Count)> AssessmentTodos { get; private set; } = [];

    public bool ClientDesk => user.CanReadClients;

    public bool Oversight => user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager);

    public bool CanManageStaff => Oversight || user.IsInRole(Roles.Admin);

    public int UnitWorkers { get; private set; }

    public int? MyWorkers { get; private set; }

    public long? MyStaffId => user.StaffMemberId;

    public int EmployerCount { get; private set; }

    /// <summary>The unit's risk alerts not closed (8.2), for the head and managers; null for others.</summary>
    public int? OpenRiskAlerts { get; private set; }

    /// <summary>Training providers whose qualification has expired or ends within the warning period (7.1.5), for those who keep the registry.</summary>
    public int? TrainingAlerts { get; private set; }

    /// <summary>Documents in force past their review or expiry date (7.1.1), for those who keep the library.</summary>
    public int? PoliciesToReview { get; private set; }

    /// <summary>Planned group sessions whose materials missed the deadline of 7.1.2 (the unit's, for guidance staff); null for others.</summary>
    public int? LateGroupMaterials { get; private set; }

    /// <summary>Complaints past their reply deadline (9.1.1), for the head and managers; null for others.</summary>
    public int? OverdueComplaints { get; private set; }

    /// <summary>Corrective actions past their due date (9.1.3), for the head and managers; null for others.</summary>
    public int? OverdueActions { get; private set; }

    /// <summary>How old the newest verified backup is (4.4c), for the admin and the head; null for others.</summary>
    public Admin.BackupFreshness? Backup { get; private set; }

    public IReadOnlyList<UnitView> UnitsWithWarnings { get; private set; } = [];

    public IReadOnlyList<StaffListItem> StaffGaps { get; private set; } = [];

    public decimal TrainingMinimum => options.Value.TrainingHoursPerYear;

    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A worker's home is the portal: what waits for them is there, not on the staff home page.
        if (user.IsInRole(Roles.Worker))
            return RedirectToPage("/Portal/Index");
        if (DoesCaseWork)
        {
            Work = await worklist.GetAsync(new Worklist.WorklistFilter(CounselorId, Group, Stage, Unit), ct);
            Notifications = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                outbox.UnreadFor(user.UserId!).Take(20).Select(m => new Reminders.NotificationView(m.Id, m.Subject, m.Body, m.DueAt)), ct);
            AssessmentTodos = [.. (await assessments.PlansAsync(null, true, 200, ct)).Select(Assessments.AssessmentNames.Todo)
                .Where(t => t != "—").GroupBy(t => t).Select(g => (g.Key, g.Count()))];
            LateGroupMaterials = await groupSessions.CountLateAsync(ct);
        }
        if (ClientDesk)
        {
            UnitWorkers = await workers.CountAsync(null, ct);
            if (user.StaffMemberId is { } me)
                MyWorkers = await workers.CountAsync(me, ct);
            EmployerCount = await employers.CountAsync(ct);
        }
        if (Oversight)
        {
            UnitsWithWarnings = [.. (await units.ListAsync(ct)).Where(u => u.Warnings.Count > 0)];
            StaffGaps = [.. (await staff.ListAsync(null, false, ct)).Where(s => !s.MeetsClause461 || !s.MeetsTrainingMinimum)];
            OpenRiskAlerts = await risks.CountOpenAsync(ct);
            OverdueComplaints = await complaints.CountOverdueAsync(ct);
            OverdueActions = await quality.CountOverdueActionsAsync(ct);
        }
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Head))
            Backup = await backups.FreshnessAsync(ct);
        if (Oversight || user.IsInRole(Roles.Admin))
        {
            TrainingAlerts = await training.CountFlaggedAsync(ct);
            PoliciesToReview = await policies.CountOverdueAsync(ct);
        }
        return Page();
    }
}
