using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality.Conformance.Rules;
using GuidanceDesk.Web.Infrastructure.Backups;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Admin;

public sealed record BackupRunView(long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, BackupRunStatus Status, string TriggeredBy,
    string? FileName, long SizeBytes, string? Sha256, int FileCount, BackupVerification Verification, DateTimeOffset? VerifiedAt,
    string? Message, DateTimeOffset? DeletedAt);

/// <summary>How old the newest verified backup is: "ok" within a day, "warn" within a week, "err" older or never (4.4c).</summary>
public sealed record BackupFreshness(DateTimeOffset? LastVerified, double? AgeDays, string Level)
{
    public string AgeText => AgeDays?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}

/// <summary>The admin's backup page and API: the runs, a backup now, and the freshness the dashboards show.</summary>
public sealed class BackupHandlers(AppDbContext db, BackupService backups, BackupGate gate, JobLeases leases, IBackupStatus status,
    CurrentUser user, TimeProvider clock)
{
    public async Task<PagedResult<BackupRunView>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var query = db.BackupRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id);
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.SafePageSize).Select(r => new BackupRunView(r.Id, r.StartedAt, r.FinishedAt, r.Status,
            r.TriggeredBy, r.FileName, r.SizeBytes, r.Sha256, r.FileCount, r.Verification, r.VerifiedAt, r.Message, r.DeletedAt)).ToListAsync(ct);
        return new PagedResult<BackupRunView>(items, page.SafePage, page.SafePageSize, total);
    }

    /// <summary>Backs up and verifies now, inside the nightly job's lease; null when a backup is already running somewhere.</summary>
    public async Task<BackupRunView?> RunNowAsync(CancellationToken ct)
    {
        if (!await gate.Semaphore.WaitAsync(0, ct))
            return null;
        try
        {
            if (!await leases.TryAcquireAsync(BackupJob.LeaseName, TimeSpan.FromHours(2), ct))
                return null;
            try
            {
                var run = await backups.BackupAndVerifyAsync(user.UserName ?? "admin", ct);
                await backups.ApplyRetentionAsync(ct);
                return (await ListAsync(new PageRequest(1, 5), ct)).Items.FirstOrDefault(r => r.Id == run.Id);
            }
            finally
            {
                await leases.ReleaseAsync(BackupJob.LeaseName, CancellationToken.None);
            }
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    public async Task<BackupFreshness> FreshnessAsync(CancellationToken ct)
    {
        if (await status.LastVerifiedAsync(ct) is not { } last)
            return new BackupFreshness(null, null, "err");
        var age = (clock.GetUtcNow() - last).TotalDays;
        return new BackupFreshness(last, Math.Round(age, 1), age <= 1 ? "ok" : age <= 7 ? "warn" : "err");
    }
}
