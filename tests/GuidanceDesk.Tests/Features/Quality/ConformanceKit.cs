using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Quality;

/// <summary>
/// A unit of its own for each conformance test, filled with records at chosen dates in 2025 straight through the
/// domain (the API stamps "now"), and a city-level head who may report on any unit.
/// </summary>
public sealed class ConformanceKit(AppFixture app)
{
    public static readonly DateOnly Day0 = new(2025, 3, 3);
    private static long seq = DateTime.UtcNow.Ticks % 1_000_000_000;

    public long UnitId { get; private set; }
    public long CounselorId { get; private set; }

    public static DateTimeOffset At(DateOnly day, int hour = 10) => AgencyClock.At(day, new TimeOnly(hour, 0));

    public async Task<ConformanceKit> NewUnitAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unit = new ServiceUnit("测试中心" + Interlocked.Increment(ref seq), "500103", At(Day0));
        db.ServiceUnits.Add(unit);
        await db.SaveChangesAsync();
        var counselor = new StaffMember(unit.Id, "测试指导员", StaffPosition.Counselor, At(Day0));
        db.StaffMembers.Add(counselor);
        await db.SaveChangesAsync();
        (UnitId, CounselorId) = (unit.Id, counselor.Id);
        return this;
    }

    /// <summary>A head with no unit (city level), two-factor exempt like the demo users.</summary>
    public static async Task<string> CityHeadAsync(AppFixture app)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "cityhead" + Guid.NewGuid().ToString("N")[..8], DisplayName = "市级负责人", TwoFactorExempt = true };
        Assert.True((await users.CreateAsync(user, "Demo2026pass")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Head)).Succeeded);
        return user.UserName;
    }

    /// <summary>Runs <paramref name="fill"/> on a fresh context and saves.</summary>
    public async Task SeedAsync(Func<AppDbContext, PersonalDataProtector, Task> fill)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await fill(db, scope.ServiceProvider.GetRequiredService<PersonalDataProtector>());
        await db.SaveChangesAsync();
    }

    public async Task<Worker> WorkerAsync(AppDbContext db, PersonalDataProtector protector)
    {
        var id = "5001031990" + Interlocked.Increment(ref seq).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)[^8..];
        var worker = new Worker(UnitId, protector.ProtectForLookup(id), new DateOnly(1990, 1, 1), Gender.Female, At(Day0));
        db.Workers.Add(worker);
        await db.SaveChangesAsync();
        return worker;
    }

    /// <summary>A worker with a case and an active plan from <see cref="Day0"/> (no follow-ups of its own).</summary>
    public async Task<(Worker Worker, GuidanceCase Case, EmploymentPlan Plan)> PlanAsync(AppDbContext db, PersonalDataProtector protector)
    {
        var worker = await WorkerAsync(db, protector);
        var c = new GuidanceCase(UnitId, worker.Id, Channel.Offline, new Actor("test", "测试"), "测试", At(Day0));
        db.GuidanceCases.Add(c);
        await db.SaveChangesAsync();
        var plan = new EmploymentPlan(UnitId, c.Id, worker.Id, 1, null,
            new PlanTerms("三个月内就业", Day0, Day0.AddDays(90), 14, [new PlanActionTerms(ActionKind.JobSearch, "投递简历", Day0.AddDays(7))]), false, At(Day0));
        plan.Activate(new PlanAgreement(AgreementMethod.SignedInPerson, Channel.Offline, At(Day0), "劳动者本人", "test"), Day0, At(Day0));
        db.EmploymentPlans.Add(plan);
        await db.SaveChangesAsync();
        return (worker, c, plan);
    }

    public FollowUp FollowUp(GuidanceCase c, EmploymentPlan plan, DateOnly due, DateTimeOffset? doneAt)
    {
        var f = new FollowUp(UnitId, c.Id, plan.Id, c.WorkerId, CounselorId, due);
        if (doneAt is { } at)
            f.Record(Channel.Offline, "电话跟进", null, null, CounselorId, at);
        return f;
    }

    public Appointment Attended(long workerId, DateTimeOffset booked, DateTimeOffset starts, bool priority)
    {
        var a = new Appointment(UnitId, workerId, CounselorId, null, starts, starts.AddMinutes(30),
            new AppointmentRequest(ServiceItems.CareerGuidance, Channel.Offline, BookingSource.WalkIn, null), priority, "test", booked);
        a.MarkArrived(starts, null);
        return a;
    }

    public string Query(DateOnly from, DateOnly to) => $"unitId={UnitId}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
}
