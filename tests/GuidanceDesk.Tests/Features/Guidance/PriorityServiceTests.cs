using System.Net;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>7.1.11: employment-assistance targets are offered the held slots and go first in the day's queue.</summary>
public abstract class PriorityServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.11")]
    public async Task A_slot_held_for_priority_is_offered_only_to_employment_assistance_targets_until_a_day_before()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var portal = await app.ClientAsAsync("worker");
        var day = Day(3);
        var slots = (await staff.PostJsonAsync("/api/v1/appointments/slots", Slots(day, "09:30", "10:30", holdFirst: true)).OkArrayAsync())
            .Objects().ToList();
        var (held, open) = ((long)slots[0]["id"]!, (long)slots[1]["id"]!);
        Assert.True((bool)slots[0]["reservedForPriority"]! && (bool)slots[0]["heldForPriority"]!);
        Assert.False((bool)slots[1]["reservedForPriority"]!);
        var ordinary = await NewWorkerAsync(staff, "普通求职者");
        var target = await NewWorkerAsync(staff, "援助对象", "EmploymentAssistanceTarget");

        var forOrdinary = await SlotIdsAsync(staff, $"workerId={ordinary}&from={day}&to={day}");
        Assert.DoesNotContain(held, forOrdinary);
        Assert.Contains(open, forOrdinary);
        var forPortal = await SlotIdsAsync(portal, $"from={day}&to={day}");
        Assert.DoesNotContain(held, forPortal);
        Assert.Contains(open, forPortal);
        var forTarget = await SlotIdsAsync(staff, $"workerId={target}&from={day}&to={day}");
        Assert.Contains(held, forTarget);

        var refused = await portal.PostJsonAsync("/api/v1/appointments", IntoSlot(held)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("就业援助对象", (string)refused["title"]!, StringComparison.Ordinal);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("slotId"));

        var booked = await staff.PostJsonAsync("/api/v1/appointments", IntoSlot(held, target)).OkAsync();
        Assert.True((bool)booked["isPriority"]!);
        Assert.Equal(held, (long)booked["slotId"]!);
    }

    [Fact, Trait("Clause", "7.1.11")]
    public async Task In_the_days_queue_a_targets_appointment_comes_first_even_when_it_is_later()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var counselorId = await StaffIdAsync(app, "counselor");
        var day = Day(6);
        var early = await staff.PostJsonAsync("/api/v1/appointments",
            WalkIn(await NewWorkerAsync(staff, "早到的求职者"), counselorId, day, "09:00")).OkAsync();
        var late = await staff.PostJsonAsync("/api/v1/appointments",
            WalkIn(await NewWorkerAsync(staff, "下午的援助对象", "EmploymentAssistanceTarget"), counselorId, day, "16:00")).OkAsync();
        Assert.True((bool)late["isPriority"]!);
        Assert.False((bool)early["isPriority"]!);

        var queue = (await staff.GetAsync($"/api/v1/appointments?date={day}", Ct).OkArrayAsync()).Objects().ToList();
        var ids = queue.Select(a => (long)a["id"]!).ToList();
        Assert.True(ids.IndexOf((long)late["id"]!) >= 0 && ids.IndexOf((long)late["id"]!) < ids.IndexOf((long)early["id"]!), string.Join(",", ids));
        var priority = queue.Select(a => (bool)a["isPriority"]!).ToList();
        Assert.Equal(priority.OrderByDescending(p => p), priority); // every target before every other worker
    }

    private static async Task<List<long>> SlotIdsAsync(HttpClient client, string query) =>
        [.. (await client.GetAsync("/api/v1/appointments/slots?" + query, Ct).OkArrayAsync()).Objects().Select(s => (long)s["id"]!)];
}

[Collection(OnSqlite.Name)]
public sealed class PriorityServiceSqliteTests(SqliteApp app) : PriorityServiceTests(app);

[Collection(OnPostgres.Name)]
public sealed class PriorityServicePostgresTests(PostgresApp app) : PriorityServiceTests(app);
