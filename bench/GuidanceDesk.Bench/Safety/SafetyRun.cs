using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Bench.Measure;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Risk;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Safety;

/// <summary>
/// <c>safety [--setup] [--referrals 5000] [--alerts-per-unit 3]</c> (issue 6): with <c>--setup</c>, gives the generated
/// city open case referrals (sent to a counselor of another unit, with consent; the case shared with the receiver) and
/// open self-harm alerts in every unit, through the app's own entities, so that the worklist's new sections and the
/// widened case scope are measured on city-scale data (then run <c>run-cases.sh</c>). Without it, times the escalation
/// scan: the first run escalates every due alert, the second finds nothing to do.
/// </summary>
internal static class SafetyRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var clock = new ShiftedTimeProvider(TimeSpan.FromMinutes(o.Int("minutes-ahead", 0)));
        await using var app = AppHost.Build(target, demoData: false, configure: s => s.AddSingleton<TimeProvider>(clock));
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        if (o.Flag("setup"))
        {
            await SetupAsync(app.Services, o);
            return;
        }
        for (var run = 1; run <= 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var made = await scope.ServiceProvider.GetRequiredService<RiskEscalationScan>().ScanAsync(CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT escalation scan run {run}: {made:N0} escalations in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        }
    }

    private static async Task SetupAsync(IServiceProvider services, Options o)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = AgencyClock.DateOf(now);
        var random = new Random(20261126);
        var actor = new Actor("bench", "bench");
        var counselors = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive && s.Position == StaffPosition.Counselor && s.UserId != null)
            .Select(s => new { s.Id, s.ServiceUnitId }).ToListAsync();
        var wanted = o.Int("referrals", 5000);
        var cases = await db.GuidanceCases.AsNoTracking().Where(c => c.Stage != CaseStage.Closed && c.CounselorId != null && c.ReferralReceiverStaffId == null)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.ServiceUnitId, c.WorkerId, c.CounselorId }).Take(wanted * 20).ToListAsync();
        var watch = Stopwatch.StartNew();
        var made = 0;
        foreach (var chunk in cases.Where((_, i) => i % 20 == 0).Take(wanted).Chunk(500))
        {
            // Consents first: a referral is sent only with the id of the worker's consent record (8.1.2).
            var consents = chunk.Select(c => new ConsentRecord(c.WorkerId, ConsentKind.CaseReferral, ArchiveScope.None, today, Channel.Offline,
                "bench", "负载测试", now)).ToList();
            db.ConsentRecords.AddRange(consents);
            await db.SaveChangesAsync();
            for (var i = 0; i < chunk.Length; i++)
            {
                var c = chunk[i];
                var others = counselors.Where(s => s.ServiceUnitId != c.ServiceUnitId).ToList();
                var receiver = others[random.Next(others.Count)];
                var referral = new CaseReferral(c.ServiceUnitId, c.Id, c.WorkerId, c.CounselorId, ReferralReason.BeyondGuidance, ReferralTarget.Counselor,
                    receiver.Id, receiver.ServiceUnitId, null, new ReferralForm("负载测试", "负载测试", "负载测试", "负载测试", ReferralUrgency.Routine, null, "已说明"), actor, now);
                referral.RecordConsent(consents[i].Id, Channel.Offline, actor, now);
                referral.Send([], today.AddDays(random.Next(-3, 3)), actor, now);
                db.CaseReferrals.Add(referral);
                await db.GuidanceCases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.ReferralReceiverStaffId, receiver.Id).SetProperty(x => x.ReferralReceiverUnitId, receiver.ServiceUnitId));
                made++;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{made:N0} referrals sent in {watch.Elapsed.TotalSeconds:F1} s"));

        var perUnit = o.Int("alerts-per-unit", 3);
        var alerts = 0;
        foreach (var unit in cases.GroupBy(c => c.ServiceUnitId))
        {
            foreach (var c in unit.Skip(1).Take(perUnit))
            {
                db.RiskAlerts.Add(new RiskAlert(c.ServiceUnitId, c.WorkerId, c.Id, RiskKind.SelfHarm, "负载测试：观察到的情况", false, actor,
                    now.AddMinutes(-30), now.AddMinutes(-20)));
                alerts++;
            }
        }
        await db.SaveChangesAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{alerts:N0} open alerts (due for escalation) in {cases.Select(c => c.ServiceUnitId).Distinct().Count()} units"));
    }
}
