using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Jobs;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>The nightly backup: back up, verify by restoring, then apply retention. The lease runs it once across instances.</summary>
public sealed class BackupJob(BackupService backups, BackupGate gate) : IScheduledJob
{
    public const string LeaseName = "backups.nightly";

    public string Name => LeaseName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await gate.Semaphore.WaitAsync(cancellationToken);
        try
        {
            var run = await backups.BackupAndVerifyAsync("schedule", cancellationToken);
            await backups.ApplyRetentionAsync(cancellationToken);
            if (run.Status != BackupRunStatus.Succeeded || run.Verification != BackupVerification.Verified)
                throw new InvalidOperationException(run.Message ?? "backup failed");
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }
}
