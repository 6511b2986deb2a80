using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>What one run did: deletions carried out at the worker's request, records anonymised after their retention.</summary>
public sealed record AnonymisationRun(int RequestsCompleted, int RetentionEnded);

/// <summary>
/// Nightly, on one instance (lease "privacy.anonymise"): carries out the accepted deletions whose day has come, and
/// anonymises the records whose retention has ended — nobody has worked on them for
/// <see cref="PrivacyOptions.AnonymiseAfterInactiveYears"/> years, no case is open, and every archive item's retention
/// date has passed. Each record is one transaction, so a failure leaves the others done; a rerun redoes nothing
/// (anonymised records and completed requests are skipped). Runs as the system identity (SystemUser), so the audit log
/// names it.
/// </summary>
public sealed class AnonymisationJob(AppDbContext db, RetentionCheck retention, Anonymiser anonymiser, ErasureScheduler erasure,
    IOptions<PrivacyOptions> options, IHttpContextAccessor accessor, AgencyClock clock, TimeProvider time, ILogger<AnonymisationJob> logger) : IScheduledJob
{
    public const string ByName = "系统（保管期满自动处理）";

    public string Name => "privacy.anonymise";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        SystemUser.Enter(accessor);
        var run = await RunOnceAsync(cancellationToken);
        if (run.RequestsCompleted + run.RetentionEnded > 0)
            logger.LogInformation("Anonymised {Requests} records on request and {Retention} after their retention", run.RequestsCompleted, run.RetentionEnded);
    }

    public async Task<AnonymisationRun> RunOnceAsync(CancellationToken ct)
    {
        var batch = options.Value.BatchSize;
        var requests = await CompleteDueRequestsAsync(batch, ct);
        var ended = await AnonymiseRetentionEndedAsync(batch - requests, ct);
        return new AnonymisationRun(requests, ended);
    }

    /// <summary>Accepted deletions: each asks again what keeps the record (a case may have closed, a date passed).</summary>
    public async Task<int> CompleteDueRequestsAsync(int limit, CancellationToken ct)
    {
        var ids = await db.DataSubjectRequests.Where(r => r.Status == DataRequestStatus.Accepted && r.Kind == DataRequestKind.Deletion)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(limit).ToListAsync(ct);
        var done = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var r = await db.DataSubjectRequests.FirstAsync(x => x.Id == id, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var erase = await erasure.EraseOrWaitAsync(r, ByName, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await erasure.EraseFilesAsync(erase, ct);
            if (r.Status == DataRequestStatus.Completed)
                done++;
        }
        return done;
    }

    /// <summary>
    /// Records untouched since the cut-off, with no open or recent case, record or appointment and no archive item still
    /// in its term, found page by page (by id) so that records that must stay do not hide the ones after them.
    /// </summary>
    public async Task<int> AnonymiseRetentionEndedAsync(int limit, CancellationToken ct)
    {
        var today = clock.Today;
        var cutoff = time.GetUtcNow().AddYears(-options.Value.AnonymiseAfterInactiveYears);
        var done = 0;
        var after = 0L;
        while (done < limit)
        {
            db.ChangeTracker.Clear();
            var page = await db.Workers.Where(w => w.Id > after && w.AnonymisedAt == null && w.UpdatedAt < cutoff
                    && !db.GuidanceCases.Any(c => c.WorkerId == w.Id && (c.Stage != CaseStage.Closed || c.LastActivityAt >= cutoff))
                    && !db.GuidanceRecords.Any(r => r.WorkerId == w.Id && r.OccurredAt >= cutoff)
                    && !db.Appointments.Any(a => a.WorkerId == w.Id && a.StartsAt >= cutoff)
                    && !db.ArchiveItems.Any(i => i.WorkerId == w.Id && i.DisposedAt == null && i.RetainUntil >= today))
                .OrderBy(w => w.Id).Select(w => w.Id).Take(200).ToListAsync(ct);
            if (page.Count == 0)
                break;
            after = page[^1];
            foreach (var id in page)
            {
                // Undated archive items are dated here (RetentionCheck) before anything is decided.
                if (done >= limit || (await retention.ForWorkerAsync(id, ct)).ErasableOn(today) is not { } day || day > today)
                    continue;
                db.ChangeTracker.Clear();
                if (await anonymiser.AnonymiseAsync(id, "retention-ended", ct))
                    done++;
            }
        }
        return done;
    }
}
