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
    private static readonly CompiledQuery<Func<AppDbContext, long, Task<GuidanceCase?>>> ById = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, long id) => db.GuidanceCases.FirstOrDefault(c => c.Id == id)));

    /// <summary>The case, tracked, if it is within the caller's reach; 404 otherwise (whether it exists or not).</summary>
    public async Task<GuidanceCase> LoadAsync(long caseId, CancellationToken ct) =>
        await ById.For(db)(db, caseId) is { } c && user.CanRead(c) ? c : throw new NotFoundException();

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
    public async Task<string> WorkerNameAsync(GuidanceCase c, CancellationToken ct) =>
        await db.Workers.Where(w => w.Id == c.WorkerId).Select(w => w.Name).FirstAsync(ct);

    public void Audit(GuidanceCase c, AuditAction action, string fields) =>
        audit.Changed(db, action, EntityType, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ServiceUnitId, fields);

    /// <summary>
    /// Saves a change made inside a case (a record, a follow-up, a message, a plan) and moves the case's last activity in the
    /// same transaction, without making the case itself a changed aggregate. Touching the tracked case bumped its
    /// version, so a record added by one counselor made a colleague's follow-up, saved a moment later on the same case,
    /// fail as stale (409) although neither had changed what the other edits.
    /// </summary>
    public async Task SaveWithActivityAsync(GuidanceCase? c, DateTimeOffset now, CancellationToken ct)
    {
        if (c is null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        var id = c.Id;
        await db.GuidanceCases.Where(x => x.Id == id && x.LastActivityAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastActivityAt, now), ct);
        if (own is not null)
            await own.CommitAsync(ct);
    }

    /// <summary>The staff member a record or follow-up is credited to: the caller if they are staff, else the case's counselor.</summary>
    public long? StaffId(GuidanceCase c) => user.StaffMemberId ?? c.CounselorId;
}
