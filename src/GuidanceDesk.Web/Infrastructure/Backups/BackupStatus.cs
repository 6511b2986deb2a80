using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality.Conformance.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>The newest backup that restored in its check (4.4c), for the conformance report and the dashboards.</summary>
public sealed class BackupStatus(AppDbContext db, IOptions<BackupOptions> options) : IBackupStatus
{
    public bool IsRecorded => options.Value.Enabled;

    /// <summary>When the newest verified backup was taken: its data is as old as that, whenever it was checked.</summary>
    public async Task<DateTimeOffset?> LastVerifiedAsync(CancellationToken ct) =>
        await db.BackupRuns.Where(r => r.Verification == BackupVerification.Verified && r.Status == BackupRunStatus.Succeeded)
            .OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(ct);
}
