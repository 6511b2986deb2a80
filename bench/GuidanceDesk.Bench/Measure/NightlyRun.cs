using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Reminders;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>nightly [--days-ahead N] [--runs 2] [--nights 1] [--expiry-only]</c>: the nightly case scan as NightlyCaseScan runs
/// it (PlanExpiry.RunAsync, then ReminderScan.ScanAsync), each part timed, in a DI scope of its own as the job runner
/// gives it, against the generated data. The app's clock is the real one moved on by N days. Each night is run
/// <c>--runs</c> times (every run after the first must change nothing); with <c>--nights</c> the clock then moves on a day
/// and the next night runs in the same, now warm, process (a long-running app has compiled the scan's queries).
/// </summary>
internal static class NightlyRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var clock = new ShiftedTimeProvider(TimeSpan.FromDays(o.Int("days-ahead", 0)));
        await using var app = AppHost.Build(target, demoData: false, log: o.Get("log"),
            configure: s => s.AddSingleton<TimeProvider>(clock));
        var agency = new AgencyClock(clock);
        Console.WriteLine($"agency time {agency.Now:yyyy-MM-dd HH:mm}; {Environment.ProcessorCount} cores");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var today = agency.Today;
            var active = await db.EmploymentPlans.CountAsync(p => p.Status == PlanStatus.Active);
            var ending = await db.EmploymentPlans.CountAsync(p => p.Status == PlanStatus.Active && p.PeriodEnd < today);
            var due = await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Scheduled && f.DueOn >= today && f.DueOn <= today.AddDays(1));
            var outbox = await db.OutboxMessages.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"before: {active:N0} active plans, {ending:N0} ended before {today:yyyy-MM-dd} ({100.0 * ending / Math.Max(1, active):F2} %), {due:N0} follow-ups due today/tomorrow, {outbox:N0} outbox messages"));
        }
        for (var night = 0; night < o.Int("nights", 1); night++)
        {
            if (night > 0)
            {
                clock.Offset += TimeSpan.FromDays(1);
                Console.WriteLine($"next night: agency time {agency.Now:yyyy-MM-dd HH:mm}");
            }
            for (var run = 1; run <= o.Int("runs", 2); run++)
            {
                var total = Stopwatch.StartNew();
                await using var scope = app.Services.CreateAsyncScope();
                var expiry = await scope.ServiceProvider.GetRequiredService<PlanExpiry>().RunAsync(CancellationToken.None);
                var expiryTime = total.Elapsed;
                var reminders = o.Flag("expiry-only") ? new ReminderCounts(0, 0, 0)
                    : await scope.ServiceProvider.GetRequiredService<ReminderScan>().ScanAsync(CancellationToken.None);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"RESULT night {night} run {run}: {total.Elapsed.TotalSeconds:F1} s = expiry {expiryTime.TotalSeconds:F1} s ({expiry.Expired:N0} expired, {expiry.ReviewsOpened:N0} reviews opened, {expiry.Completed:N0} completed) + reminders {(total.Elapsed - expiryTime).TotalSeconds:F1} s ({reminders.FollowUps:N0} follow-ups, {reminders.Appointments:N0} appointments, {reminders.Enqueued:N0} enqueued)"));
            }
        }
    }
}

/// <summary>The system clock moved by a fixed offset: time still flows, on another day.</summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; set; } = offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
