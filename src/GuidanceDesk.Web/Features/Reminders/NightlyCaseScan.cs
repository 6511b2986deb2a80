using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure.Jobs;

namespace GuidanceDesk.Web.Features.Reminders;

/// <summary>
/// The nightly scan: plans whose period has ended are closed and their cases opened for review (6.1.6), then the day's
/// reminders are queued. It covers everything still open, not only "yesterday", so a night missed is caught up.
/// </summary>
public sealed class NightlyCaseScan(PlanExpiry expiry, ReminderScan reminders, ILogger<NightlyCaseScan> log) : IScheduledJob
{
    public string Name => "cases.nightly";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var expired = await expiry.RunAsync(cancellationToken);
        var counts = await reminders.ScanAsync(cancellationToken);
        log.LogInformation("Nightly scan: {Expired} plans expired, {Reviews} reviews opened, {Completed} completed; {Enqueued} reminders queued",
            expired.Expired, expired.ReviewsOpened, expired.Completed, counts.Enqueued);
    }
}
