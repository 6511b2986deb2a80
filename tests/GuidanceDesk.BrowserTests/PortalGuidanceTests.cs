using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// 6.1.7 (online guidance) and 7.2.2a (appointment registration) in the worker's portal on a phone (390×844): the demo
/// worker books a slot the counselor published, loses a slot taken meanwhile without losing the form, moves and
/// cancels the booking; then confirms goals, agrees to a plan, answers a check-in and writes to the counselor
/// while the counselor works the case through the API.
/// </summary>
public sealed partial class PortalGuidanceTests(BrowserFixture app)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Fact]
    [Trait("Clause", "7.2.2")]
    [Trait("Clause", "6.1.7")]
    [Trait("Category", "Browser")]
    public async Task Worker_books_a_slot_on_a_phone_then_moves_and_cancels_it()
    {
        app.RequireBrowser();
        using var counselor = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        // Four half-hour slots in three days; the first is held for employment-assistance targets (7.1.11).
        var published = (await counselor.PostAsync("/api/v1/appointments/slots", new JsonObject
        {
            ["date"] = StaffApi.Day(3), ["from"] = "09:00", ["to"] = "11:00", ["minutesEach"] = 30,
        }))["items"]!.AsArray().Select(s => (long)s!["id"]!).ToList();
        Assert.Equal(4, published.Count);
        var otherWorker = await OtherWorkerAsync(counselor);

        var page = await app.SignInAsync("worker", PhoneWidth, PhoneHeight);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Portal$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("我的服务");
        await Screenshots.TakeAsync(page, "portal-01-home-empty");

        await page.GetByRole(AriaRole.Link, new() { Name = "预约职业指导" }).First.ClickAsync();
        await page.WaitForURLAsync("**/Portal/Appointments/Book");
        var slot = (long id) => page.Locator($"input[name='Input.SlotId'][value='{id}']");
        await Assertions.Expect(slot(published[0])).ToHaveCountAsync(0);
        await Assertions.Expect(slot(published[1])).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, "portal-02-book");

        // Nothing chosen: both questions answered next to themselves, in Chinese.
        await page.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-valmsg-for='Input.SlotId']")).ToContainTextAsync("请选择一个预约时段");
        await Assertions.Expect(page.Locator(".field-error[data-valmsg-for='Input.Purposes']")).ToContainTextAsync("请选择预约事项");
        await Screenshots.TakeAsync(page, "portal-03-book-errors");

        await slot(published[1]).CheckAsync();
        await page.Locator("input[name='Input.Purposes'][value='CareerGuidance']").CheckAsync();
        await page.Locator("input[name='Input.Purposes'][value='PolicyConsultation']").CheckAsync();
        await page.Locator("#Input_DifficultyNote").FillAsync("投了很多简历没有回音");
        // Meanwhile the counselor gives that slot to someone on the phone: the worker's booking is a 409.
        await counselor.PostAsync("/api/v1/appointments", new JsonObject
        {
            ["workerId"] = otherWorker, ["slotId"] = published[1], ["purposes"] = new JsonArray("CareerGuidance"),
            ["channel"] = "Offline", ["source"] = "Phone",
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.error")).ToContainTextAsync("请另选一个时间");
        await Assertions.Expect(slot(published[1])).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("input[name='Input.Purposes'][value='PolicyConsultation']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#Input_DifficultyNote")).ToHaveValueAsync("投了很多简历没有回音");
        await Screenshots.TakeAsync(page, "portal-04-slot-taken");

        await slot(published[2]).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await page.WaitForURLAsync("**/Portal/Appointments");
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("预约成功");
        var card = page.Locator("section[data-appointment]").First;
        await Assertions.Expect(card).ToContainTextAsync("10:00–10:30");
        await Assertions.Expect(card).ToContainTextAsync("已预约");
        await Assertions.Expect(card).ToContainTextAsync("政策咨询、职业指导");
        var appointmentId = await card.GetAttributeAsync("data-appointment");
        await Screenshots.TakeAsync(page, "portal-05-booked");

        await card.GetByRole(AriaRole.Link, new() { Name = "改到其他时间" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Portal/Appointments/Reschedule/\d+$"));
        await slot(published[3]).CheckAsync();
        await Screenshots.TakeAsync(page, "portal-06-reschedule");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认改约" }).ClickAsync();
        await page.WaitForURLAsync("**/Portal/Appointments");
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("已改到");
        await Assertions.Expect(card).ToContainTextAsync("10:30–11:00");

        await card.GetByRole(AriaRole.Link, new() { Name = "取消预约" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Portal/Appointments/Cancel/\d+$"));
        await page.Locator("input[name='Input.Reason'][value='其他原因']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认取消预约" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-valmsg-for='Input.Other']")).ToContainTextAsync("请写一下取消的原因");
        await Screenshots.TakeAsync(page, "portal-07-cancel-error");
        await page.Locator("input[name='Input.Reason'][value='时间冲突，来不了']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认取消预约" }).ClickAsync();
        await page.WaitForURLAsync("**/Portal/Appointments");
        var cancelled = page.Locator($"section[data-appointment='{appointmentId}']");
        await Assertions.Expect(cancelled).ToContainTextAsync("已取消");
        await Assertions.Expect(cancelled).ToContainTextAsync("时间冲突，来不了");
        await Screenshots.TakeAsync(page, "portal-08-cancelled");

        // What staff see: a portal booking, cancelled by the worker, with the purposes and the reason.
        var stored = await counselor.GetAsync($"/api/v1/appointments/{appointmentId}");
        Assert.Equal("Cancelled", (string)stored["status"]!);
        Assert.Equal("Portal", (string)stored["source"]!);
        Assert.True((bool)stored["cancelledByWorker"]!);
        Assert.Equal("时间冲突，来不了", (string)stored["cancelReason"]!);
        Assert.Equal(2, stored["purposes"]!.AsArray().Count);
        Assert.Empty(BrowserFixture.ConsoleErrors(page));
        await page.Context.CloseAsync();
    }

    /// <summary>Another worker of the counselor's unit, for the booking that takes the slot first.</summary>
    private async Task<long> OtherWorkerAsync(StaffApi counselor)
    {
        var self = await DemoWorkerIdAsync();
        var list = await counselor.GetAsync("/api/v1/workers?pageSize=5");
        return list["items"]!.AsArray().Select(w => (long)w!["id"]!).First(id => id != self);
    }

    private async Task<long> DemoWorkerIdAsync()
    {
        using var worker = await StaffApi.SignInAsync(app.BaseUrl, "worker");
        return (long)(await worker.GetAsync("/api/v1/auth/me"))["workerId"]!;
    }
}
