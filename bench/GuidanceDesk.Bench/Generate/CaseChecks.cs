using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// After <c>generate --cases</c> (or alone: <c>casestats</c>): what the data looks like (the shares the scan and the
/// worklist depend on), whether every foreign key holds (the PostgreSQL load skipped the triggers), and whether the
/// app's EF model reads random generated rows — every owned JSON column included.
/// </summary>
internal static class CaseChecks
{
    public static async Task RunAsync(Options o)
    {
        await using var app = AppHost.Build(BenchTarget.FromOptions(o, newKeys: false), demoData: false);
        await RunAsync(app.Services);
    }

    public static async Task RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var today = scope.ServiceProvider.GetRequiredService<AgencyClock>().Today;
        var watch = Stopwatch.StartNew();

        Line("cases", await db.GuidanceCases.CountAsync());
        foreach (var g in await db.GuidanceCases.GroupBy(c => c.Stage).Select(g => new { g.Key, N = g.Count() }).OrderBy(g => g.Key).ToListAsync())
            Line($"  stage {g.Key}", g.N);
        Line("  open, unassigned", await db.GuidanceCases.CountAsync(c => c.Stage != CaseStage.Closed && c.CounselorId == null));
        var perCounselor = await db.GuidanceCases.Where(c => c.CounselorId != null).GroupBy(c => c.CounselorId)
            .Select(g => new { N = g.Count(), Open = g.Count(c => c.Stage != CaseStage.Closed) }).ToListAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per counselor ({perCounselor.Count}): cases min {perCounselor.Min(x => x.N)} mean {perCounselor.Average(x => x.N):F0} max {perCounselor.Max(x => x.N)}; open min {perCounselor.Min(x => x.Open)} mean {perCounselor.Average(x => x.Open):F0} max {perCounselor.Max(x => x.Open)}"));
        Line("guidance records", await db.GuidanceRecords.CountAsync());
        Line("  without case", await db.GuidanceRecords.CountAsync(r => r.CaseId == null));
        Line("employment plans", await db.EmploymentPlans.CountAsync());
        foreach (var g in await db.EmploymentPlans.GroupBy(p => p.Status).Select(g => new { g.Key, N = g.Count() }).OrderBy(g => g.Key).ToListAsync())
            Line($"  status {g.Key}", g.N);
        Line("  active, ended before today (expire at the next scan)", await db.EmploymentPlans.CountAsync(p => p.Status == PlanStatus.Active && p.PeriodEnd < today));
        Line("  active, ending within 14 days", await db.EmploymentPlans.CountAsync(p => p.Status == PlanStatus.Active && p.PeriodEnd <= today.AddDays(14)));
        Line("follow-ups", await db.FollowUps.CountAsync());
        Line("  scheduled, overdue", await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Scheduled && f.DueOn < today));
        Line("  scheduled, due today or tomorrow", await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Scheduled && f.DueOn >= today && f.DueOn <= today.AddDays(1)));
        Line("appointments", await db.Appointments.CountAsync());
        var from = AgencyClock.At(today, TimeOnly.MinValue);
        Line("  today", await db.Appointments.CountAsync(a => a.StartsAt >= from && a.StartsAt < from.AddDays(1)));
        var now = DateTimeOffset.UtcNow;
        var soon = now.AddHours(24);
        Line("  booked, next 24 h", await db.Appointments.CountAsync(a => a.Status == AppointmentStatus.Booked && a.StartsAt > now && a.StartsAt <= soon));
        Line("counselor slots", await db.CounselorSlots.CountAsync());
        Console.WriteLine($"(statistics: {watch.Elapsed.TotalSeconds:F1} s)");

        watch.Restart();
        var orphans = new Dictionary<string, int>
        {
            ["case.worker"] = await db.GuidanceCases.CountAsync(c => !db.Workers.Any(w => w.Id == c.WorkerId)),
            ["case.counselor"] = await db.GuidanceCases.CountAsync(c => c.CounselorId != null && !db.StaffMembers.Any(s => s.Id == c.CounselorId)),
            ["plan.case"] = await db.EmploymentPlans.CountAsync(p => !db.GuidanceCases.Any(c => c.Id == p.CaseId)),
            ["plan.previous"] = await db.EmploymentPlans.CountAsync(p => p.PreviousPlanId != null && !db.EmploymentPlans.Any(q => q.Id == p.PreviousPlanId)),
            ["followup.plan"] = await db.FollowUps.CountAsync(f => !db.EmploymentPlans.Any(p => p.Id == f.PlanId && p.CaseId == f.CaseId)),
            ["record.case"] = await db.GuidanceRecords.CountAsync(r => r.CaseId != null && !db.GuidanceCases.Any(c => c.Id == r.CaseId && c.WorkerId == r.WorkerId)),
            ["record.worker"] = await db.GuidanceRecords.CountAsync(r => !db.Workers.Any(w => w.Id == r.WorkerId)),
            ["record.counselor"] = await db.GuidanceRecords.CountAsync(r => !db.StaffMembers.Any(s => s.Id == r.CounselorId)),
            ["appointment.case"] = await db.Appointments.CountAsync(a => a.CaseId != null && !db.GuidanceCases.Any(c => c.Id == a.CaseId)),
            ["appointment.slot"] = await db.Appointments.CountAsync(a => a.SlotId != null && !db.CounselorSlots.Any(s => s.Id == a.SlotId)),
        };
        Console.WriteLine($"foreign keys: {string.Join(", ", orphans.Select(x => $"{x.Key} {x.Value}"))} ({watch.Elapsed.TotalSeconds:F1} s)");
        if (orphans.Values.Any(v => v != 0))
            throw new InvalidOperationException("Generated rows break a foreign key.");

        // The app's model reads them: whole entities with every owned JSON column, a few hundred of each at random.
        var maxCase = await db.GuidanceCases.MaxAsync(c => c.Id);
        var random = new Random(1);
        var caseIds = Enumerable.Range(0, 300).Select(_ => random.NextInt64(1, maxCase + 1)).ToList();
        var cases = await db.GuidanceCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync();
        var plans = await db.EmploymentPlans.AsNoTracking().Where(p => caseIds.Contains(p.CaseId)).ToListAsync();
        var records = await db.GuidanceRecords.AsNoTracking().Where(r => r.CaseId != null && caseIds.Contains(r.CaseId.Value)).ToListAsync();
        var followUps = await db.FollowUps.AsNoTracking().Where(f => caseIds.Contains(f.CaseId)).ToListAsync();
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.CaseId != null && caseIds.Contains(a.CaseId.Value)).ToListAsync();
        var broken = cases.Count(c => c.Transitions.Count == 0 || c.Transitions[0].To != CaseStage.Intake || c.Transitions[^1].To != c.Stage);
        Console.WriteLine($"EF read {cases.Count} cases ({cases.Sum(c => c.Transitions.Count)} transitions, {cases.Sum(c => c.Goals.Count)} goals, " +
            $"{cases.Count(c => c.Intake is not null)} intakes, {cases.Count(c => c.Outcome is not null)} outcomes), {plans.Count} plans " +
            $"({plans.Sum(p => p.Actions.Count)} actions, {plans.Count(p => p.Agreement is not null)} agreements), {records.Count} records " +
            $"({records.Count(r => r.Registration is not null)} registrations), {followUps.Count} follow-ups, {appointments.Count} appointments; " +
            $"transition chains not ending in the case's stage: {broken}");
        if (broken > 0)
            throw new InvalidOperationException("Generated transitions disagree with the case stage.");
    }

    private static void Line(string what, int n) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-58} {n,10:N0}"));
}
