using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>Appointments (7.2.2a): slots, desk and portal bookings, a counselor never booked twice, the registration form.</summary>
public abstract class AppointmentTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.2.2")]
    public async Task Staff_book_slots_and_walk_ins_and_a_counselors_time_is_never_booked_twice()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var day = Day(4);
        var slots = (await staff.PostJsonAsync("/api/v1/appointments/slots", Slots(day, "14:00", "15:00")).OkArrayAsync()).Objects().ToList();
        Assert.Equal(["14:00", "14:30"], slots.Select(s => Local((string)s["startsAt"]!)));
        Assert.All(slots, s => Assert.False((bool)s["reservedForPriority"]!));
        var counselorId = (long)slots[0]["counselorId"]!;
        var first = await NewWorkerAsync(staff, "预约甲");
        var second = await NewWorkerAsync(staff, "预约乙");
        var offered = await OfferedAsync(staff, first, day);
        Assert.Contains((long)slots[0]["id"]!, offered);

        var booked = await staff.PostJsonAsync("/api/v1/appointments", IntoSlot((long)slots[0]["id"]!, first)).OkAsync();
        Assert.Equal("Booked", (string?)booked["status"]);
        Assert.Equal("Phone", (string?)booked["source"]);
        Assert.Equal(first, (long)booked["workerId"]!);
        Assert.Equal("预约甲", (string?)booked["workerName"]);

        var again = await staff.PostJsonAsync("/api/v1/appointments", IntoSlot((long)slots[0]["id"]!, second)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(again["errors"]!.AsObject().ContainsKey("slotId"), again.ToJsonString());
        Assert.DoesNotContain((long)slots[0]["id"]!, await OfferedAsync(staff, second, day));

        var overlapping = await staff.PostJsonAsync("/api/v1/appointments", WalkIn(second, counselorId, day, "14:15")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已有预约", (string)overlapping["title"]!, StringComparison.Ordinal);
        var walkIn = await staff.PostJsonAsync("/api/v1/appointments", WalkIn(second, counselorId, day, "15:30")).OkAsync();
        Assert.Equal("WalkIn", (string?)walkIn["source"]);
        Assert.Null(walkIn["slotId"]);

        var early = await staff.PostJsonAsync($"/api/v1/appointments/{walkIn["id"]}/no-show", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("预约时间未到", (string)early["title"]!, StringComparison.Ordinal);
        Assert.Equal("Booked", (string?)(await staff.GetFromJsonOkAsync($"/api/v1/appointments/{walkIn["id"]}"))["status"]);
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task Two_desks_booking_the_same_slot_at_once_get_one_booking_and_one_conflict()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var manager = await app.ClientAsAsync("manager");
        var slot = (long)(await staff.PostJsonAsync("/api/v1/appointments/slots", Slots(Day(8), "09:00", "09:30")).OkArrayAsync())[0]!["id"]!;
        long[] workers = [await NewWorkerAsync(staff, "抢约甲"), await NewWorkerAsync(staff, "抢约乙")];

        var responses = await Task.WhenAll(new[] { staff, manager }.Select((desk, i) =>
            desk.PostJsonAsync("/api/v1/appointments", IntoSlot(slot, workers[i]))));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var day = (await staff.GetAsync($"/api/v1/appointments?date={Day(8)}", Ct).OkArrayAsync()).Objects();
        Assert.Single(day, a => (long?)a["slotId"] == slot && (string?)a["status"] == "Booked");
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task The_registration_form_prints_as_a_PDF_with_the_workers_name()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var workerId = await NewWorkerAsync(staff, "登记表测试");
        var booked = await staff.PostJsonAsync("/api/v1/appointments",
            WalkIn(workerId, await StaffIdAsync(app, "counselor"), Day(7), "10:00")).OkAsync();

        var pdf = await PdfAsync(staff, $"/api/v1/appointments/{booked["id"]}/form.pdf");
        if (PdfText(pdf) is { } text)
        {
            Assert.Contains("预约登记表", text, StringComparison.Ordinal);
            Assert.Contains("登记表测试", text, StringComparison.Ordinal);
            Assert.Contains("不知道找什么工作", text, StringComparison.Ordinal);
        }
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task A_worker_books_sees_reschedules_and_cancels_their_own_appointment_in_the_portal()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var me = await worker.GetFromJsonOkAsync("/api/v1/me/worker");
        var day = Day(5);
        var slots = (await staff.PostJsonAsync("/api/v1/appointments/slots", Slots(day, "10:00", "11:00")).OkArrayAsync())
            .Objects().Select(s => (long)s["id"]!).ToList();
        var offered = await worker.GetAsync($"/api/v1/appointments/slots?from={day}&to={day}", Ct).OkArrayAsync();
        Assert.Equal(slots, offered.Objects().Select(s => (long)s["id"]!).Where(slots.Contains));

        var booked = await worker.PostJsonAsync("/api/v1/appointments", IntoSlot(slots[0])).OkAsync();
        var id = (long)booked["id"]!;
        Assert.Equal("Portal", (string?)booked["source"]);
        Assert.Equal((long)me["id"]!, (long)booked["workerId"]!);
        var mine = await worker.GetAsync("/api/v1/appointments", Ct).OkArrayAsync();
        Assert.Contains(id, mine.Objects().Select(a => (long)a["id"]!));
        Assert.All(mine.Objects(), a => Assert.Equal((long)me["id"]!, (long)a["workerId"]!));

        var moved = await worker.PostJsonAsync($"/api/v1/appointments/{id}/reschedule", new JsonObject { ["slotId"] = slots[1] }).OkAsync();
        Assert.Equal(slots[1], (long)moved["slotId"]!);
        Assert.Equal(1, (int)moved["rescheduleCount"]!);
        Assert.Equal("10:30", Local((string)moved["startsAt"]!));
        Assert.Contains(slots[0], (await worker.GetAsync($"/api/v1/appointments/slots?from={day}&to={day}", Ct).OkArrayAsync())
            .Objects().Select(s => (long)s["id"]!));

        await worker.PostJsonAsync($"/api/v1/appointments/{id}/cancel", new JsonObject { ["reason"] = "" }).ProblemAsync(HttpStatusCode.BadRequest);
        var cancelled = await worker.PostJsonAsync($"/api/v1/appointments/{id}/cancel", new JsonObject { ["reason"] = "那天要去面试" }).OkAsync();
        Assert.Equal("Cancelled", (string?)cancelled["status"]);
        Assert.True((bool)cancelled["cancelledByWorker"]!);
        Assert.Equal("那天要去面试", (string?)cancelled["cancelReason"]);
        Assert.Equal("Cancelled", (string?)(await staff.GetFromJsonOkAsync($"/api/v1/appointments/{id}"))["status"]);

        var others = await staff.PostJsonAsync("/api/v1/appointments", IntoSlot(slots[0], await NewWorkerAsync(staff, "别人的预约"))).OkAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/appointments/{others["id"]}", Ct)).StatusCode);
    }

    private static async Task<List<long>> OfferedAsync(HttpClient staff, long workerId, string day) =>
        [.. (await staff.GetAsync($"/api/v1/appointments/slots?workerId={workerId}&from={day}&to={day}", Ct).OkArrayAsync())
            .Objects().Select(s => (long)s["id"]!)];

    /// <summary>Chongqing wall-clock time of an instant the API gives in UTC.</summary>
    public static string Local(string instant) =>
        DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8))
            .ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(OnSqlite.Name)]
public sealed class AppointmentSqliteTests(SqliteApp app) : AppointmentTests(app);

[Collection(OnPostgres.Name)]
public sealed class AppointmentPostgresTests(PostgresApp app) : AppointmentTests(app);
