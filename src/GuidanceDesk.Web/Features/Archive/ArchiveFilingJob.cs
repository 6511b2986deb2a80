using GuidanceDesk.Web.Infrastructure.Jobs;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>Every minute, on one instance: files the forms generated since the last run (see <see cref="ArchiveFiling"/>).</summary>
public sealed class ArchiveFilingJob(ArchiveFiling filing, IHttpContextAccessor accessor, IConfiguration configuration) : IScheduledJob
{
    public string Name => "archive.filing";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        SystemUser.Enter(accessor);
        await filing.FileBatchAsync(configuration.GetValue("Archive:FilingBatch", 200), cancellationToken);
    }
}
