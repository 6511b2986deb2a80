using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// A group session end to end in the browser (7.1.2): the counselor plans a session two weeks ahead, sees the materials
/// deadline the calendar gives (2 working days before), uploads a PDF, adds a participant by name and sends the
/// materials; the participant's line then says 已发送. Screenshots at each step (1366×768).
/// </summary>
public sealed class GroupSessionJourneyTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "7.1.2")]
    [Trait("Category", "Browser")]
    public async Task A_counselor_plans_a_session_sees_the_deadline_uploads_materials_adds_a_participant_and_sends()
    {
        app.RequireBrowser();
        using var api = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        await api.PostAsync("/api/v1/workers", new JsonObject
        {
            ["worker"] = new JsonObject
            {
                ["name"] = "孙团体", ["idNumber"] = IdNumbers.Valid("500103", new DateOnly(1998, 4, 12), Random.Shared.Next(100, 999)),
                ["phone"] = "13900005678", ["householdType"] = "Urban", ["residenceDistrictCode"] = "500103", ["education"] = "Bachelor",
                ["employmentStatus"] = "Unemployed",
            },
            ["serviceAgreement"] = new JsonObject { ["givenOn"] = StaffApi.Day(0), ["channel"] = "Offline", ["scope"] = new JsonArray("Text", "Audio") },
        });

        var desk = await app.SignInAsync("counselor");
        await desk.GotoAsync("/GroupSessions");
        await desk.GetByRole(AriaRole.Link, new() { Name = "安排活动" }).ClickAsync();
        await desk.Locator("#Input_Topic").FillAsync("2026年就业创业政策宣讲会");
        await desk.Locator("#Input_Date").FillAsync(StaffApi.Day(14));
        await desk.Locator("#Input_Place").FillAsync("渝中区就业和人才服务中心三楼多功能厅");
        await desk.Locator("#Input_Capacity").FillAsync("20");
        await desk.Locator("#Input_Description").FillAsync("讲解就业见习补贴、一次性吸纳就业补贴和创业担保贷款政策，现场答疑。");
        await Screenshots.TakeAsync(desk, "group-01-plan");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/GroupSessions/Details/\\d+$"));
        var id = Regex.Match(desk.Url, "(\\d+)$").Value;

        // The deadline the calendar gives, prominently, in the words of 7.1.2.
        var deadline = (string)(await api.GetAsync($"/api/v1/group-sessions/{id}"))["materialsDeadline"]!;
        await Assertions.Expect(desk.Locator(".deadline-line")).ToHaveTextAsync($"宣讲材料须于 {deadline} 前发送（会前2个工作日）");
        await Assertions.Expect(desk.Locator(".page-head [data-materials]")).ToHaveTextAsync("材料待上传");
        await Screenshots.TakeAsync(desk, "group-02-deadline");

        // A PDF of materials: listed, not sent yet.
        await desk.Locator("#material-title").FillAsync("就业创业政策要点");
        await desk.Locator("#material-file").SetInputFilesAsync(new FilePayload
        {
            Name = "政策要点.pdf", MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Title (policy) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await desk.GetByRole(AriaRole.Button, new() { Name = "上传材料" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice.success")).ToContainTextAsync("宣讲材料已上传");
        await Assertions.Expect(desk.Locator("#materials .material-list")).ToContainTextAsync("就业创业政策要点");
        await Assertions.Expect(desk.Locator("#materials .material-list .badge")).ToHaveTextAsync("待发送");

        // A participant found by name in the unit.
        await desk.Locator("#q").FillAsync("孙团体");
        await desk.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await desk.Locator(".candidates").GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice.success")).ToContainTextAsync("已添加参加者");
        var row = desk.Locator("#participants tbody tr", new() { HasText = "孙团体" });
        await Assertions.Expect(row.Locator("[data-sent]")).ToContainTextAsync("未发送");
        await Screenshots.TakeAsync(desk, "group-03-participant");

        // Send now: the participant's line says when the materials reached them.
        await desk.GetByRole(AriaRole.Button, new() { Name = "立即发送" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice.success")).ToContainTextAsync("宣讲材料已发送给 1 名参加者");
        await Assertions.Expect(row.Locator("[data-sent]")).ToContainTextAsync("已发送");
        await Assertions.Expect(desk.Locator(".page-head [data-materials]")).ToHaveTextAsync("材料已发送");
        await Assertions.Expect(desk.Locator(".deadline-state")).ToContainTextAsync("已于");
        await Screenshots.TakeAsync(desk, "group-04-sent");

        await desk.GotoAsync("/GroupSessions");
        await Assertions.Expect(desk.Locator($"tr[data-session='{id}'] [data-materials]")).ToHaveTextAsync("材料已发送");
        await Screenshots.TakeAsync(desk, "group-05-list");
        Assert.Empty(BrowserFixture.ConsoleErrors(desk));

        // The worker's side, on a phone: the demo policy talk's materials reached the demo worker; the home page says so.
        var phone = await app.SignInAsync("worker", 390, 844);
        await phone.GotoAsync("/Portal");
        var prompt = phone.Locator("[data-prompt='group-materials']");
        await Assertions.Expect(prompt).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "group-06-portal-home");
        await prompt.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(phone.Locator(".group-session.prompt").First).ToContainTextAsync("高校毕业生就业创业政策要点");
        await Screenshots.TakeAsync(phone, "group-07-portal-sessions");
        Assert.Empty(BrowserFixture.ConsoleErrors(phone));
    }
}
