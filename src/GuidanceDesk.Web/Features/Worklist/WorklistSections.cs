using System.Linq.Expressions;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using LinqKit;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Worklist;

/// <summary>
/// The worklist's section queries, compiled (<see cref="CompiledQuery{TQuery}"/>). Building and hashing their expression
/// trees on every call was a fifth of the worklist's CPU in the app. A compiled query has one fixed shape, so what narrows
/// a list is a parameter, null when it does not apply: EF Core drops a <c>@p IS NULL OR …</c> test for the value a call
/// brings (its SQL is cached per parameter nullness), so one's own list still reads the counselor's index alone. The
/// shared parts are expressions invoked inside the queries and inlined by LinqKit's <c>Expand</c> before EF Core
/// compiles them.
/// </summary>
internal static class WorklistSections
{
    /// <summary>
    /// The open cases a worklist covers, with their workers: within a unit's reach (its cases and those referred into it)
    /// unless <c>unit</c> is null, of one counselor, at one stage, with one of the special groups (the case's copy of the
    /// worker's groups, so that only the lines shown probe the worker).
    /// </summary>
    private static readonly Expression<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, IQueryable<CaseWorker>>> Rows =
        (db, unit, cid, stage, group) => db.GuidanceCases.AsNoTracking()
            .Where(c => c.Stage != CaseStage.Closed
                && (unit == null || c.ServiceUnitId == unit || c.ReferralReceiverUnitId == unit)
                && (cid == null || c.CounselorId == cid)
                && (stage == null || c.Stage == stage)
                && (group == null || (c.WorkerGroups & group) != 0))
            .Join(db.Workers, c => c.WorkerId, w => w.Id, (c, w) => new CaseWorker { C = c, W = w });

    /// <summary>
    /// Follow-ups due by <c>today</c> on the covered cases. A scheduled follow-up carries its case's counselor (kept with the
    /// case: AppDbContext.WorklistColumns), so one counselor's due ones are a range of their index rather than a probe of
    /// every open case's follow-ups.
    /// </summary>
    private static readonly Expression<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateOnly, IQueryable<CaseFollowUp>>> Due =
        (db, unit, cid, stage, group, today) => Rows.Invoke(db, unit, cid, stage, group)
            .Join(db.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled && f.DueOn <= today && (cid == null || f.CounselorId == cid)),
                x => x.C.Id, f => f.CaseId, (x, f) => new CaseFollowUp { C = x.C, W = x.W, F = f });

    /// <summary>
    /// Plans ending by <c>horizon</c> (active) or expired while the case is in plan review; the case's own copy of its due
    /// plan's end narrows to the due lines through an index (the join checks). The lower bound is always true; it is there
    /// for PostgreSQL's plan cache. Without the horizon's value, the planner takes <c>PlanDueOn &lt;= $2</c> to keep a third
    /// of a counselor's cases (with it, a few), so it judged the prepared statement's one plan dear and planned the query
    /// afresh on every worklist: 0.9 ms, more than running it. A range bounded on both sides is estimated narrow with or
    /// without the values, and the one plan (the same index range) is kept.
    /// </summary>
    private static readonly Expression<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateOnly, IQueryable<CasePlan>>> Ending =
        (db, unit, cid, stage, group, horizon) => Rows.Invoke(db, unit, cid, stage, group)
            .Join(db.EmploymentPlans.Where(p => (p.Status == PlanStatus.Active && p.PeriodEnd <= horizon) || p.Status == PlanStatus.Expired),
                x => x.C.Id, p => p.CaseId, (x, p) => new CasePlan { C = x.C, W = x.W, P = p })
            .Where(x => x.P.Status == PlanStatus.Active || x.C.Stage == CaseStage.PlanReview)
            .Where(x => x.C.PlanDueOn <= horizon && x.C.PlanDueOn >= DateOnly.MinValue);

    private static readonly Expression<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateTimeOffset, IQueryable<CaseWorker>>> Quiet =
        (db, unit, cid, stage, group, since) => Rows.Invoke(db, unit, cid, stage, group).Where(x => x.C.LastActivityAt < since);

    // LinqKit inlines each Invoke of a shared part (and the parts it invokes) into the query.
    private static Expression<Func<T1, T2, T3, T4, T5, TResult>> Expanded<T1, T2, T3, T4, T5, TResult>(
        Expression<Func<T1, T2, T3, T4, T5, TResult>> query) => query.Expand();

    private static Expression<Func<T1, T2, T3, T4, T5, T6, TResult>> Expanded<T1, T2, T3, T4, T5, T6, TResult>(
        Expression<Func<T1, T2, T3, T4, T5, T6, TResult>> query) => query.Expand();

    private static Expression<Func<T1, T2, T3, T4, T5, T6, T7, TResult>> Expanded<T1, T2, T3, T4, T5, T6, T7, TResult>(
        Expression<Func<T1, T2, T3, T4, T5, T6, T7, TResult>> query) => query.Expand();

    /// <summary>Enough due follow-ups for <see cref="WorklistQueries.Limit"/> cases with several each.</summary>
    public const int FollowUpRows = WorklistQueries.Limit * 4;

    public static readonly CompiledQuery<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateOnly, IAsyncEnumerable<WorkItem>>> FollowUps =
        new(() => EF.CompileAsyncQuery(Expanded((AppDbContext db, long? unit, long? cid, CaseStage? stage, SpecialGroups? group, DateOnly today) =>
            Due.Invoke(db, unit, cid, stage, group, today)
                .OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0).ThenBy(x => x.F.DueOn)
                .Take(FollowUpRows)
                .Select(x => WorklistQueries.Item(x.C.Id, x.W.Id, x.W.Name, x.W.SpecialGroups, x.C.CounselorId, x.C.Stage, x.F.DueOn,
                    x.F.DueOn < today ? "逾期未跟进" : "今日应跟进", x.F.Id)))));

    public static readonly CompiledQuery<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateOnly, CancellationToken, Task<int>>> FollowUpCases =
        new(() => EF.CompileAsyncQuery(Expanded((AppDbContext db, long? unit, long? cid, CaseStage? stage, SpecialGroups? group, DateOnly today, CancellationToken _) =>
            Due.Invoke(db, unit, cid, stage, group, today).Select(x => x.C.Id).Distinct().Count())));

    public static readonly CompiledQuery<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateOnly, DateOnly, IAsyncEnumerable<WorkItem>>> Plans =
        new(() => EF.CompileAsyncQuery(Expanded((AppDbContext db, long? unit, long? cid, CaseStage? stage, SpecialGroups? group, DateOnly today, DateOnly horizon) =>
            Ending.Invoke(db, unit, cid, stage, group, horizon)
                .OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0).ThenBy(x => x.P.PeriodEnd)
                .Take(WorklistQueries.Limit)
                .Select(x => WorklistQueries.Item(x.C.Id, x.W.Id, x.W.Name, x.W.SpecialGroups, x.C.CounselorId, x.C.Stage, x.P.PeriodEnd,
                    x.P.Status == PlanStatus.Expired || x.P.PeriodEnd < today ? "计划已到期，待评估调整" : "计划即将到期", x.P.Id)))));

    public static readonly CompiledQuery<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateOnly, CancellationToken, Task<int>>> PlanCount =
        new(() => EF.CompileAsyncQuery(Expanded((AppDbContext db, long? unit, long? cid, CaseStage? stage, SpecialGroups? group, DateOnly horizon, CancellationToken _) =>
            Ending.Invoke(db, unit, cid, stage, group, horizon).Count())));

    public static readonly CompiledQuery<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateTimeOffset, IAsyncEnumerable<QuietCase>>> Inactive =
        new(() => EF.CompileAsyncQuery(Expanded((AppDbContext db, long? unit, long? cid, CaseStage? stage, SpecialGroups? group, DateTimeOffset since) =>
            Quiet.Invoke(db, unit, cid, stage, group, since)
                .OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0).ThenBy(x => x.C.LastActivityAt)
                .Take(WorklistQueries.Limit)
                .Select(x => new QuietCase(x.C.Id, x.W.Id, x.W.Name, x.W.SpecialGroups, x.C.CounselorId, x.C.Stage, x.C.LastActivityAt)))));

    public static readonly CompiledQuery<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, DateTimeOffset, CancellationToken, Task<int>>> InactiveCount =
        new(() => EF.CompileAsyncQuery(Expanded((AppDbContext db, long? unit, long? cid, CaseStage? stage, SpecialGroups? group, DateTimeOffset since, CancellationToken _) =>
            Quiet.Invoke(db, unit, cid, stage, group, since).Count())));

    /// <summary>Cases of the special groups the preventive checklist is for; only the checklist's JSON column (the case's
    /// other JSON columns are not shown). One's own list reads them from a partial index of such open cases
    /// (IX_GuidanceCases_Open_Checklist): a third of a counselor's open cases, not every one.</summary>
    public static readonly CompiledQuery<Func<AppDbContext, long?, long?, CaseStage?, SpecialGroups?, IAsyncEnumerable<ChecklistCase>>> Checklists =
        new(() => EF.CompileAsyncQuery(Expanded((AppDbContext db, long? unit, long? cid, CaseStage? stage, SpecialGroups? group) =>
            Rows.Invoke(db, unit, cid, stage, group).Where(x => (x.C.WorkerGroups & PreventiveChecklist.Groups) != 0)
                .OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0).ThenBy(x => x.C.Id)
                .Take(WorklistQueries.Limit * 10)
                .Select(x => new ChecklistCase(x.C.Id, x.C.CounselorId, x.C.Stage, x.C.Checklist, x.W.Id, x.W.Name, x.W.SpecialGroups)))));

    public static readonly CompiledQuery<Func<AppDbContext, List<long>, IAsyncEnumerable<StaffName>>> StaffNames =
        new(() => EF.CompileAsyncQuery((AppDbContext db, List<long> ids) =>
            db.StaffMembers.Where(s => ids.Contains(s.Id)).Select(s => new StaffName(s.Id, s.Name))));

    public static readonly CompiledQuery<Func<AppDbContext, string, IAsyncEnumerable<SavedFilterView>>> Saved =
        new(() => EF.CompileAsyncQuery((AppDbContext db, string userId) =>
            db.SavedFilters.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).Select(s => new SavedFilterView(s.Id, s.Name, s.Query))));

    /// <summary>Member-initialised (not constructors) so that EF Core can translate access to their members.</summary>
    internal sealed class CaseWorker
    {
        public required GuidanceCase C { get; init; }
        public required Worker W { get; init; }
    }

    internal sealed class CaseFollowUp
    {
        public required GuidanceCase C { get; init; }
        public required Worker W { get; init; }
        public required FollowUp F { get; init; }
    }

    internal sealed class CasePlan
    {
        public required GuidanceCase C { get; init; }
        public required Worker W { get; init; }
        public required EmploymentPlan P { get; init; }
    }
}

internal sealed record QuietCase(long CaseId, long WorkerId, string Name, SpecialGroups SpecialGroups, long? CounselorId, CaseStage Stage,
    DateTimeOffset LastActivityAt);

internal sealed record ChecklistCase(long CaseId, long? CounselorId, CaseStage Stage, IReadOnlyList<ChecklistEntry> Checklist, long WorkerId,
    string Name, SpecialGroups SpecialGroups);

internal sealed record StaffName(long Id, string Name);
