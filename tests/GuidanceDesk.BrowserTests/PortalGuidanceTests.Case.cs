using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

public sealed partial class PortalGuidanceTests
{
    [Fact]
    [Trait("Clause", "6.1.7")]
    [Trait("Clause", "6.1.2")]
    [Trait("Clause", "6.1.4")]
    [Trait("Category", "Browser")]
    public async Task Worker_confirms_goals_agrees_to_the_plan_checks_in_and_writes_to_the_counselor()
    {
        app.RequireBrowser();
        using var counselor = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        var workerId = await DemoWorkerIdAsync();

        // Staff: intake, needs and two proposed goals (6.1.1–6.1.2), as in tests/GuidanceDesk.Tests GuidanceSteps.
        var opened = await counselor.PostAsync("/api/v1/cases", new JsonObject { ["workerId"] = workerId, ["channel"] = "Online" });
        var caseId = (long)opened["id"]!;
        var cases = $"/api/v1/cases/{caseId}";
        await counselor.PostAsync(cases + "/intake", new JsonObject
        {
            ["situation"] = "应届毕业生，求职三个月未果", ["difficulties"] = new JsonArray("UnclearDirection", "JobSearchMethods"),
            ["version"] = (int)opened["version"]!,
        });
        var moved = await counselor.PostAsync(cases + "/stage", new JsonObject { ["to"] = "NeedsAssessment", ["reason"] = "完成信息搜集" });
        await counselor.PostAsync(cases + "/needs", new JsonObject
        {
            ["needed"] = new JsonArray("CareerGuidance", "PolicyConsultation"), ["version"] = (int)moved["version"]!,
        });
        await counselor.PostAsync(cases + "/goals", new JsonObject { ["text"] = "明确职业方向：行政文员", ["targetDate"] = StaffApi.Day(30) });
        await counselor.PostAsync(cases + "/goals", new JsonObject { ["text"] = "三个月内在渝中区找到工作" });

        var page = await app.SignInAsync("worker", PhoneWidth, PhoneHeight);
        await Assertions.Expect(page.Locator(".card.prompt:not([data-prompt])")).ToContainTextAsync("有 2 个指导目标等您确认");
        await Screenshots.TakeAsync(page, "portal-10-home-goals");
        await page.GetByRole(AriaRole.Link, new() { Name = "去确认目标" }).ClickAsync();
        await page.WaitForURLAsync("**/Portal/Guidance#goals");
        await Assertions.Expect(page.Locator("#goals")).ToContainTextAsync("待您确认");
        await Screenshots.TakeAsync(page, "portal-11-goals");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认这些目标" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您已确认指导目标");
        await Assertions.Expect(page.Locator("#goals .badge", new() { HasText = "已确认" })).ToHaveCountAsync(2);
        var goals = (await counselor.GetAsync(cases))["goals"]!.AsArray();
        Assert.All(goals, g => Assert.Equal("Online", (string)g!["confirmedChannel"]!));

        // Staff: guidance given, then a plan drafted (6.1.3–6.1.4). It ends tomorrow, so its one follow-up is due then.
        await counselor.PostAsync(cases + "/stage", new JsonObject { ["to"] = "Guidance", ["reason"] = "目标已确认" });
        await counselor.PostAsync(cases + "/records", new JsonObject
        {
            // An hour ago in Beijing time: any fixed hour of today is in the future just after midnight.
            ["kind"] = "Guidance", ["date"] = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["time"] = DateTime.UtcNow.AddHours(7).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), ["durationMinutes"] = 45, ["channel"] = "Online",
            ["serviceItems"] = new JsonArray("CareerGuidance"), ["content"] = "分析职业兴趣，讲解求职方法",
        });
        await counselor.PostAsync(cases + "/stage", new JsonObject { ["to"] = "Planning", ["reason"] = "已接受指导" });
        var end = StaffApi.Day(1);
        await counselor.PostAsync(cases + "/plans", new JsonObject
        {
            ["goal"] = "两周内投递10份行政文员岗位简历并参加面试", ["periodStart"] = StaffApi.Day(-13), ["periodEnd"] = end,
            ["followUpEveryDays"] = 7,
            ["actions"] = new JsonArray(
                new JsonObject { ["kind"] = "JobSearch", ["description"] = "每周投递5份简历", ["dueOn"] = end },
                new JsonObject { ["kind"] = "Placement", ["description"] = "参加职业介绍推荐面试", ["dueOn"] = end }),
        });

        await page.GotoAsync("/Portal");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看就业计划" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan")).ToContainTextAsync("每周投递5份简历");
        await Screenshots.TakeAsync(page, "portal-12-plan-draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "我同意这份就业计划" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您已同意就业计划");
        await Assertions.Expect(page.Locator("#plan")).ToContainTextAsync("执行中");
        await Assertions.Expect(page.Locator("#plan")).ToContainTextAsync("网上确认");
        var afterAgree = await counselor.GetAsync(cases);
        Assert.Equal("FollowUp", (string)afterAgree["stage"]!);
        Assert.Equal("ConfirmedOnline", (string)afterAgree["plans"]![0]!["agreement"]!["method"]!);

        // The follow-up due tomorrow: the worker answers the check-in (6.1.5 online).
        await page.GotoAsync("/Portal");
        await page.GetByRole(AriaRole.Link, new() { Name = "填写近况" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交近况" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-valmsg-for='CheckIn.Answer']")).ToContainTextAsync("请填写近况");
        await Screenshots.TakeAsync(page, "portal-13-checkin-error");
        await page.Locator("input[name='CheckIn.ReportedStatus'][value='Unemployed']").CheckAsync();
        await page.Locator("#CheckIn_Answer").FillAsync("这周投了6份简历，周四有一个面试。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交近况" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您的近况已经告诉职业指导人员");
        await Assertions.Expect(page.Locator("#follow-ups")).ToContainTextAsync("反馈近况");
        await Screenshots.TakeAsync(page, "portal-14-guidance");
        var followUp = (await counselor.GetAsync(cases))["followUps"]![0]!;
        Assert.Equal("这周投了6份简历，周四有一个面试。", (string)followUp["checkIn"]!);
        Assert.Equal("Unemployed", (string)followUp["reportedStatus"]!);

        // Messages both ways (6.1.7): the counselor's is marked read when the worker opens the thread.
        await counselor.PostAsync(cases + "/messages", new JsonObject { ["body"] = "收到，周四面试前可以来中心模拟一次。" });
        await page.GotoAsync("/Portal");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看消息" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.theirs")).ToContainTextAsync("模拟一次");
        await page.Locator("#Input_Body").FillAsync("好的，我周三下午过来。");
        await page.GetByRole(AriaRole.Button, new() { Name = "发送" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.mine").Last).ToContainTextAsync("我周三下午过来");
        await Assertions.Expect(page.Locator(".msg.mine").Last).ToContainTextAsync("对方未读");
        await Screenshots.TakeAsync(page, "portal-15-messages");
        var thread = (await counselor.GetAsync(cases + "/messages"))["items"]!.AsArray();
        Assert.True((bool)thread[^1]!["fromWorker"]!);
        Assert.NotNull(thread[0]!["readAt"]);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".msg.mine").Last).ToContainTextAsync("对方已读");
        await page.GotoAsync("/Portal");
        await Assertions.Expect(page.Locator(".card.prompt:not([data-prompt])")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "portal-16-home-done");
        Assert.Empty(BrowserFixture.ConsoleErrors(page));
        await page.Context.CloseAsync();

        // The same pages on a 1366×768 desktop.
        var desktop = await app.SignInAsync("worker");
        await desktop.GotoAsync("/Portal/Guidance");
        await Screenshots.TakeAsync(desktop, "portal-17-desktop-guidance");
        await desktop.GotoAsync("/Portal/Appointments/Book");
        await Screenshots.TakeAsync(desktop, "portal-18-desktop-book");
        await desktop.GotoAsync("/Portal/Guidance");
        await desktop.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(desktop.Locator("h1")).ToHaveTextAsync("My guidance");
        await Screenshots.TakeAsync(desktop, "portal-19-desktop-guidance-en");
        Assert.Empty(BrowserFixture.ConsoleErrors(desktop));
        await desktop.Context.CloseAsync();
    }
}
