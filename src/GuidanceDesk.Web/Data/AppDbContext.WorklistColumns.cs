using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GuidanceDesk.Web.Data;

/// <summary>
/// The worklist reads a counselor's due lines from indexes instead of probing every open case's plans, follow-ups and
/// worker (≈ 3,000 buffer reads a worklist at city scale). For that the database keeps, in the same transaction as the
/// change they follow:
/// <list type="bullet">
/// <item><see cref="GuidanceCase.PlanDueOn"/> and <see cref="GuidanceCase.WorkerGroups"/>, recomputed for every case
/// whose plans, stage or worker's groups a save changed;</item>
/// <item>each scheduled <see cref="FollowUp.CounselorId"/>, moved with its case's counselor (assignment, referral).</item>
/// </list>
/// They are computed by the database, never written from a tracked entity (their after-save behaviour is Ignore), so
/// a stale copy in memory can not overwrite them.
/// </summary>
public abstract partial class AppDbContext
{
    /// <summary>What one save changed that the derived columns follow.</summary>
    private sealed class WorklistTouch
    {
        public HashSet<long> Cases { get; } = [];
        public List<GuidanceCase> AddedCases { get; } = [];
        public HashSet<long> Workers { get; } = [];
        public List<GuidanceCase> Reassigned { get; } = [];
        public bool IsEmpty => Cases.Count == 0 && AddedCases.Count == 0 && Workers.Count == 0 && Reassigned.Count == 0;
    }

    /// <summary>
    /// Values are compared, not <c>IsModified</c>: a change of an owned part marks every property of its owner as
    /// modified, and would otherwise count as a new stage or counselor.
    /// </summary>
    private static WorklistTouch? NoteWorklistTouches(List<EntityEntry> entries)
    {
        var t = new WorklistTouch();
        foreach (var e in entries)
        {
            switch (e.Entity)
            {
                case EmploymentPlan p when e.State is EntityState.Added or EntityState.Deleted
                    || (e.State == EntityState.Modified && (Changed(e, nameof(EmploymentPlan.Status)) || Changed(e, nameof(EmploymentPlan.PeriodEnd)))):
                    t.Cases.Add(p.CaseId);
                    break;
                case GuidanceCase c when e.State == EntityState.Added:
                    t.AddedCases.Add(c);
                    break;
                case GuidanceCase c when e.State == EntityState.Modified:
                    if (Changed(e, nameof(GuidanceCase.Stage)))
                        t.Cases.Add(c.Id);
                    if (Changed(e, nameof(GuidanceCase.CounselorId)))
                        t.Reassigned.Add(c);
                    break;
                case Worker w when e.State == EntityState.Modified && Changed(e, nameof(Worker.SpecialGroups)):
                    t.Workers.Add(w.Id);
                    break;
            }
        }
        return t.IsEmpty ? null : t;
    }

    private static bool Changed(EntityEntry e, string property)
    {
        var p = e.Property(property);
        return !Equals(p.OriginalValue, p.CurrentValue);
    }

    private async Task RefreshWorklistColumnsAsync(WorklistTouch t, CancellationToken ct)
    {
        foreach (var c in t.Reassigned)
        {
            var (id, to) = (c.Id, c.CounselorId);
            await FollowUps.Where(f => f.CaseId == id && f.Status == FollowUpStatus.Scheduled && f.CounselorId != to)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.CounselorId, to), ct);
        }
        var ids = t.Cases.Concat(t.AddedCases.Select(c => c.Id)).Distinct().ToList();
        var workers = t.Workers.ToList();
        if (ids.Count > 0 || workers.Count > 0)
            await SetWorklistColumnsAsync(GuidanceCases.Where(c => ids.Contains(c.Id) || (workers.Contains(c.WorkerId) && c.Stage != CaseStage.Closed)), ct);
    }

    /// <summary>The same values for every open case at once: the bench's generator, after its bulk load.</summary>
    public Task<int> BackfillWorklistColumnsAsync(CancellationToken ct) =>
        SetWorklistColumnsAsync(GuidanceCases.Where(c => c.Stage != CaseStage.Closed), ct);

    /// <summary>
    /// The one statement of the rule (the migration that added the columns keeps a frozen copy in SQL): the due plan
    /// is an active one, or an expired one while the case is in plan review.
    /// </summary>
    private Task<int> SetWorklistColumnsAsync(IQueryable<GuidanceCase> cases, CancellationToken ct) =>
        cases.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.PlanDueOn, c => EmploymentPlans
                .Where(p => p.CaseId == c.Id && (p.Status == PlanStatus.Active || (p.Status == PlanStatus.Expired && c.Stage == CaseStage.PlanReview)))
                .Min(p => (DateOnly?)p.PeriodEnd))
            .SetProperty(c => c.WorkerGroups, c => Workers.Where(w => w.Id == c.WorkerId).Select(w => w.SpecialGroups).First()), ct);
}
