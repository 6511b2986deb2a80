using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// A self-harm risk alert end to end (8.2.1): the counselor raises it from a case page and at once sees the crisis
/// hotline and the immediate steps; the head finds it first on the home worklist and in the open count, takes it on and
/// records that the family was contacted; the counselor who raised it is not offered closing; a manager, on a phone,
/// closes it with a summary. Every step goes through the pages staff use, at 1366×768 (the manager at 390×844).
/// </summary>
public sealed class RiskAlertJourneyTests(BrowserFixture app)
{
    private const string Observed = "面谈中劳动者多次说“活着没意思”，并提到已经把存款转给了妹妹，情绪低落，回避目光接触。";

    [Fact]
    [Trait("Clause", "8.2.1")]
    [Trait("Clause", "8.2")]
    [Trait("Category", "Browser")]
    public async Task A_counselor_raises_a_self_harm_alert_the_head_takes_it_on_and_a_manager_closes_it_after_the_family_was_contacted()
    {
        app.RequireBrowser();
        using var headApi = await StaffApi.SignInAsync(app.BaseUrl, "head");
        var openBefore = (int)(await headApi.GetAsync("/api/v1/risk-alerts/count"))["open"]!;

        // The counselor opens one of their cases and raises the alert from the case page.
        var counselor = await app.SignInAsync("counselor");
        await counselor.GotoAsync("/Cases");
        var caseLink = counselor.Locator("table.data tbody a[href^='/Cases/Details/']").First;
        var worker = (await caseLink.InnerTextAsync()).Trim();
        await caseLink.ClickAsync();
        await counselor.WaitForURLAsync(new Regex(@"/Cases/Details/\d+$"));
        var caseUrl = new Uri(counselor.Url).PathAndQuery;
        await Assertions.Expect(counselor.Locator(".risk-banner")).ToHaveCountAsync(0);
        await counselor.Locator(".page-head").GetByRole(AriaRole.Link, new() { Name = "风险预警" }).ClickAsync();
        await counselor.WaitForURLAsync(new Regex(@"/Risk/Raise\?workerId=\d+&caseId=\d+$"));
        await Assertions.Expect(counselor.Locator("h1")).ToContainTextAsync(worker);

        // Nothing chosen or written: refused next to each field.
        await counselor.GetByRole(AriaRole.Button, new() { Name = "提出预警" }).ClickAsync();
        await Assertions.Expect(counselor.Locator(".field-error[data-valmsg-for='Input.Kind']")).ToContainTextAsync("请选择风险类别");
        await Assertions.Expect(counselor.Locator(".field-error[data-valmsg-for='Input.Observed']")).ToContainTextAsync("请写下观察到的情况");
        await counselor.Locator(".kind-card", new() { HasText = "自伤" }).ClickAsync();
        await counselor.Locator("#Input_Observed").FillAsync(Observed);
        await Assertions.Expect(counselor.Locator("input[name='Input.Kind'][value='SelfHarm']")).ToBeCheckedAsync();
        await Screenshots.TakeAsync(counselor, "risk-01-raise");
        await counselor.GetByRole(AriaRole.Button, new() { Name = "提出预警" }).ClickAsync();

        // Raised: the hotline and the immediate steps are the first thing on screen.
        await counselor.WaitForURLAsync(new Regex(@"/Risk/Details/\d+\?raised=true$"));
        var alertUrl = new Uri(counselor.Url).AbsolutePath;
        await Assertions.Expect(counselor.Locator(".notice.success")).ToContainTextAsync("风险预警已提出");
        var guidance = counselor.Locator(".risk-guidance");
        await Assertions.Expect(guidance).ToContainTextAsync("12356");
        await Assertions.Expect(guidance.Locator(".risk-steps li")).ToHaveCountAsync(7);
        await Assertions.Expect(guidance.Locator(".risk-steps li").Nth(1)).ToContainTextAsync("不要让劳动者独处");
        await Assertions.Expect(guidance.Locator(".hotline").First).ToBeInViewportAsync();
        var guidanceTop = (await guidance.BoundingBoxAsync())!.Y;
        Assert.True(guidanceTop < (await counselor.Locator(".page-head").BoundingBoxAsync())!.Y, "The hotline box is not above the alert's heading.");
        await Assertions.Expect(counselor.Locator(".risk-state")).ToContainTextAsync("待确认");
        await Assertions.Expect(counselor.GetByRole(AriaRole.Button, new() { Name = "确认接手" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(counselor, "risk-02-raised");

        // The case page now opens with the red banner.
        await counselor.GotoAsync(caseUrl);
        await Assertions.Expect(counselor.Locator(".risk-banner")).ToContainTextAsync("待确认");
        await Assertions.Expect(counselor.Locator(".risk-banner").GetByRole(AriaRole.Link, new() { Name = "自伤自杀风险" }))
            .ToHaveAttributeAsync("href", alertUrl);
        await Screenshots.TakeAsync(counselor, "risk-03-case-banner");

        // The head: the alert heads the home worklist and the open count went up by one.
        var head = await app.SignInAsync("head");
        var first = head.Locator(".worklist > section").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("id", "risk-alerts");
        await Assertions.Expect(first.Locator($"a[href='{alertUrl}']")).ToHaveTextAsync(worker);
        var tile = head.Locator("a.stat[data-stat='risk']");
        await Assertions.Expect(tile.Locator(".num")).ToHaveTextAsync((openBefore + 1).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(tile).ToHaveClassAsync(new Regex(@"\bhot\b"));
        await Screenshots.TakeAsync(head, "risk-04-head-home");
        await first.Locator($"a[href='{alertUrl}']").ClickAsync();
        await head.WaitForURLAsync("**" + alertUrl);
        await Assertions.Expect(head.Locator(".risk-notices")).ToContainTextAsync("提出时通知");
        await Screenshots.TakeAsync(head, "risk-05-head-opens");
        await head.GetByRole(AriaRole.Button, new() { Name = "确认接手" }).ClickAsync();
        await Assertions.Expect(head.Locator(".notice.success")).ToContainTextAsync("您已确认接手");
        await Assertions.Expect(head.Locator(".risk-state")).ToContainTextAsync("处置中");

        // The head records that the family was contacted (time: now, Beijing time, as offered).
        await head.GetByRole(AriaRole.Button, new() { Name = "记录措施" }).ClickAsync();
        await Assertions.Expect(head.Locator(".field-error[data-valmsg-for='Measure.Contact']")).ToContainTextAsync("请选择联系对象");
        await head.Locator("#Measure_Contact").SelectOptionAsync("Family");
        await head.Locator("#Measure_Who").FillAsync("劳动者的妹妹");
        await head.Locator("#Measure_Result").FillAsync("已电话联系，妹妹二十分钟内到中心陪同，并同意今晚陪同其到医院心理门诊就诊。");
        await head.GetByRole(AriaRole.Button, new() { Name = "记录措施" }).ClickAsync();
        await Assertions.Expect(head.Locator(".notice.success")).ToContainTextAsync("已记录采取的措施");
        await Assertions.Expect(head.Locator(".risk-actions li")).ToHaveCountAsync(1);
        await Assertions.Expect(head.Locator(".risk-actions")).ToContainTextAsync("家属");
        await Screenshots.TakeAsync(head, "risk-06-action-recorded");

        // The counselor who raised it is not offered closing, and is told why.
        await counselor.GotoAsync(alertUrl);
        await Assertions.Expect(counselor.Locator("#Closing_Summary")).ToHaveCountAsync(0);
        await Assertions.Expect(counselor.Locator("[data-close-note]")).ToContainTextAsync("关闭须由提出人以外的专业管理人员或负责人");
        await Assertions.Expect(counselor.Locator(".risk-guidance")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(counselor, "risk-07-counselor-cannot-close");

        // A manager closes it on a phone: a summary is required.
        var manager = await app.SignInAsync("manager", 390, 844);
        await manager.GotoAsync(alertUrl);
        await Screenshots.TakeAsync(manager, "risk-08-manager-phone");
        await manager.GetByRole(AriaRole.Button, new() { Name = "关闭预警" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".field-error[data-valmsg-for='Closing.Summary']")).ToContainTextAsync("请填写关闭说明");
        await manager.Locator("#Closing_Summary").FillAsync("妹妹已到场陪同并带其就医，心理门诊已接诊；劳动者同意下周继续面谈，由李明跟进。");
        await manager.GetByRole(AriaRole.Button, new() { Name = "关闭预警" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".notice.success")).ToContainTextAsync("风险预警已关闭");
        await Assertions.Expect(manager.Locator(".risk-state")).ToContainTextAsync("已关闭");
        await Assertions.Expect(manager.Locator(".risk-guidance")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(manager, "risk-09-closed-phone");

        // Gone from the worklist, the count and the case page; listed among the recently closed.
        await head.GotoAsync("/");
        await Assertions.Expect(head.Locator($"#risk-alerts a[href='{alertUrl}']")).ToHaveCountAsync(0);
        await Assertions.Expect(tile.Locator(".num")).ToHaveTextAsync(openBefore.ToString(CultureInfo.InvariantCulture));
        await head.GotoAsync("/Risk");
        await Assertions.Expect(head.Locator($".risk-line[data-status='Closed'] a[href='{alertUrl}']")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(head, "risk-10-list");

        // The on-duty list: the head cannot take themself off it (alerts end with the head), and saves it unchanged.
        await head.GotoAsync("/Risk/Roster");
        var second = head.Locator("#Input_Members_1__StaffMemberId");
        var headId = await second.InputValueAsync();
        await second.SelectOptionAsync("");
        await head.GetByRole(AriaRole.Button, new() { Name = "保存名单" }).ClickAsync();
        await Assertions.Expect(head.Locator(".field-error[data-valmsg-for='Input.Members']")).ToContainTextAsync("值守名单须包括负责人");
        await Screenshots.TakeAsync(head, "risk-11-roster-refused");
        await head.Locator("#Input_Members_1__StaffMemberId").SelectOptionAsync(headId);
        await head.Locator("#Input_Members_1__Duty").SelectOptionAsync("Head");
        await head.GetByRole(AriaRole.Button, new() { Name = "保存名单" }).ClickAsync();
        await Assertions.Expect(head.Locator(".notice.success")).ToContainTextAsync("值守名单已保存");
        await Assertions.Expect(head.Locator("#Input_Members_1__StaffMemberId")).ToHaveValueAsync(headId);
        await Screenshots.TakeAsync(head, "risk-12-roster");
        await counselor.GotoAsync(caseUrl);
        await Assertions.Expect(counselor.Locator(".risk-banner")).ToHaveCountAsync(0);

        // A counselor reads the on-duty list but does not edit it.
        await counselor.GotoAsync("/Risk/Roster");
        await Assertions.Expect(counselor.Locator(".roster-list li")).ToHaveCountAsync(2);
        await Assertions.Expect(counselor.Locator(".roster-row")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(counselor, "risk-13-roster-read-only");

        foreach (var page in new[] { counselor, head, manager })
        {
            Assert.Empty(BrowserFixture.ConsoleErrors(page));
            await page.Context.CloseAsync();
        }
    }
}
