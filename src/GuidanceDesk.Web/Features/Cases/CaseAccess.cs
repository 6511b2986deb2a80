using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>
/// What every case use case needs: the case within the caller's reach (404 otherwise), the caller as the history
/// names them, the facts stage rules depend on, and the audit entry that goes with each change.
/// </summary>
public sealed class CaseAccess(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public const string EntityType = "GuidanceCase";

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);

    public bool IsWorker => user.IsInRole(Roles.Worker);

    // Compiled, by id, with the caller's reach checked on the row (as the case page does: CaseQueries).
    private static readonly CompiledQuery<Func<AppDbContext, long, CancellationToken, Task<GuidanceCase?>>> ById = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, long id, CancellationToken _) => db.GuidanceCases.FirstOrDefault(c => c.Id == id)));

    /// <summary>The case, tracked, if it is within the caller's reach; 404 otherwise (whether it exists or not).</summary>
    public async Task<GuidanceCase> LoadAsync(long caseId, CancellationToken ct) =>
        await ById.For(db)(db, caseId, ct) is { } c && user.CanRead(c) ? c : throw new NotFoundException();

    private static readonly CompiledQuery<Func<AppDbContext, long, CancellationToken, Task<CaseRef?>>> RefById = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, long id, CancellationToken _) => db.GuidanceCases.Where(c => c.Id == id)
            .Select(CaseRef.Of).FirstOrDefault()));

    /// <summary>
    /// The case's keys, untracked, if it is within the caller's reach (404 otherwise): for a change made inside a case
    /// (a record, a follow-up, a message) that does not change the case itself. Tracking the whole case, with its JSON
    /// columns' history, goals and checklist as owned entities, was a fifth of the app's CPU for adding a record.
    /// </summary>
    public async Task<CaseRef> RefAsync(long caseId, CancellationToken ct) =>
        await RefById.For(db)(db, caseId, ct) is { } c
        && user.CanReadCase(c.ServiceUnitId, c.WorkerId, c.CounselorId, c.ReferralReceiverUnitId, c.ReferralReceiverStaffId)
            ? c : throw new NotFoundException();

    /// <summary>Staff writes: a worker may only do what the portal offers (confirm, agree, check in, message).</summary>
    public void EnsureStaff()
    {
        if (IsWorker || !(user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head)))
            throw new NotFoundException();
    }

    public async Task<StageFacts> FactsAsync(GuidanceCase c, CancellationToken ct)
    {
        var records = db.GuidanceRecords.Where(r => r.CaseId == c.Id);
        var since = c.ReviewStartedAt;
        return new StageFacts(
            await records.CountAsync(ct),
            since is null ? 0 : await records.CountAsync(r => r.RecordedAt >= since, ct),
            await db.EmploymentPlans.AnyAsync(p => p.CaseId == c.Id && p.Status == PlanStatus.Active, ct));
    }

    /// <summary>The worker's registered name: what a confirmation or message by the worker is recorded under.</summary>
    public async Task<string> WorkerNameAsync(long workerId, CancellationToken ct) =>
        await db.Workers.Where(w => w.Id == workerId).Select(w => w.Name).FirstAsync(ct);

    public void Audit(GuidanceCase c, AuditAction action, string fields) => Audit(c.Id, c.ServiceUnitId, action, fields);

    public void Audit(CaseRef c, AuditAction action, string fields) => Audit(c.Id, c.ServiceUnitId, action, fields);

    private void Audit(long caseId, long unitId, AuditAction action, string fields) =>
        audit.Changed(db, action, EntityType, caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), unitId, fields);

    /// <summary>
    /// Saves a change made inside a case (a record, a follow-up, a message, a plan) and moves the case's last activity in the
    /// same transaction, without making the case itself a changed aggregate. Touching the tracked case bumped its
    /// version, so a record added by one counselor made a colleague's follow-up, saved a moment later on the same case,
    /// fail as stale (409) although neither had changed what the other edits.
    /// </summary>
    public async Task SaveWithActivityAsync(long? caseId, DateTimeOffset now, CancellationToken ct)
    {
        if (caseId is not { } id)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveWithoutSavepointAsync(own is not null, ct);
        await db.GuidanceCases.Where(x => x.Id == id && x.LastActivityAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastActivityAt, now), ct);
        if (own is not null)
            await own.CommitAsync(ct);
    }

    /// <summary>The staff member a record or follow-up is credited to: the caller if they are staff, else the case's counselor.</summary>
    public long? StaffId(GuidanceCase c) => user.StaffMemberId ?? c.CounselorId;
}

/// <summary>A case's keys and what decides who may reach it (<see cref="CaseAccess.RefAsync"/>).</summary>
public sealed record CaseRef(long Id, long ServiceUnitId, long WorkerId, long? CounselorId, CaseStage Stage, long? ReferralReceiverUnitId,
    long? ReferralReceiverStaffId)
{
    /// <summary>The projection both the compiled read by id and the worker's open-case look-up use.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<GuidanceCase, CaseRef>> Of = c =>
        new CaseRef(c.Id, c.ServiceUnitId, c.WorkerId, c.CounselorId, c.Stage, c.ReferralReceiverUnitId, c.ReferralReceiverStaffId);

    public bool IsClosed => Stage == CaseStage.Closed;
}
