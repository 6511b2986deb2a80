using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// PIPL art. 24: a worker may refuse recommendations made by automated decision-making, and take them up again. The
/// choice is a consent record of its own kind (the earlier one is withdrawn, so the history stays) and the flag on the
/// worker that matching reads; a worker makes it in the portal, staff record it for a worker who asks at the desk.
/// </summary>
public sealed class RecommendationChoiceHandler(AppDbContext db, CurrentUser user, AuditLog audit, TimeProvider time, AgencyClock clock)
{
    public const string Refused = "拒绝自动化推荐", Accepted = "接受自动化推荐";

    /// <summary>The worker's current choice (as the caller may see it).</summary>
    public Task<bool> RefusesAsync(long workerId, CancellationToken ct) =>
        user.Scope(db.Workers).Where(w => w.Id == workerId).Select(w => w.RefusesRecommendations).FirstOrDefaultAsync(ct);

    public async Task SetAsync(long workerId, bool refuses, CancellationToken ct)
    {
        var isWorker = user.IsInRole(Roles.Worker);
        if (!isWorker && !(user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head)))
            throw new NotFoundException();
        var worker = await user.Scope(db.Workers).FirstOrDefaultAsync(w => w.Id == workerId, ct) ?? throw new NotFoundException();
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var old in await db.ConsentRecords.Where(c => c.WorkerId == workerId && c.Kind == ConsentKind.AutomatedRecommendations
                     && c.WithdrawnAt == null).ToListAsync(ct))
            old.Withdraw(now);
        db.ConsentRecords.Add(new ConsentRecord(workerId, ConsentKind.AutomatedRecommendations, ArchiveScope.None, clock.Today,
            isWorker ? Channel.Online : Channel.Offline, user.UserId ?? "", refuses ? Refused : Accepted, now));
        worker.SetRefusesRecommendations(refuses, now);
        audit.Changed(db, AuditAction.Update, "Worker", workerId.ToString(CultureInfo.InvariantCulture), worker.ServiceUnitId,
            refuses ? "recommendations:refused" : "recommendations:accepted");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
