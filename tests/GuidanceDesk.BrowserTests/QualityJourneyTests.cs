using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// Supervision end to end in the browser (9.1.1, 9.1.3): a member of the public reads the service information and files
/// a complaint without signing in, and gets the tracking number at once; the manager acknowledges and assigns it,
/// resolves it and raises a corrective action from it (the manager owns it, plans and implements it); the head verifies
/// the effect and closes it. Screenshots at each step (1366×768), and the phone view of the public page.
/// </summary>
public sealed class QualityJourneyTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "9.1.1")]
    [Trait("Clause", "9.1.3")]
    [Trait("Category", "Browser")]
    public async Task The_public_complains_the_manager_resolves_and_raises_an_action_the_head_verifies_and_closes_it()
    {
        app.RequireBrowser();
        var visitor = await PublicPageAsync(1366, 768);
        await visitor.GotoAsync("/Public/Service");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("服务公示");
        await Assertions.Expect(visitor.Locator("#basis")).ToContainTextAsync("T/CQTSHRA 002-2024");
        await Assertions.Expect(visitor.Locator("#units")).ToContainTextAsync("重庆市渝中区就业和人才服务中心");
        await Screenshots.TakeAsync(visitor, "quality-01-service");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "我要投诉" }).ClickAsync();
        await visitor.Locator("#Input_ServiceUnitId").SelectOptionAsync(new SelectOptionValue { Label = "重庆市渝中区就业和人才服务中心" });
        await visitor.Locator("#Input_Category").SelectOptionAsync("WaitingTime");
        await visitor.Locator("#Input_Description").FillAsync("周一上午取号后等了一个半小时才办理，现场没有人说明要等多久。");
        await visitor.Locator("#Input_Name").FillAsync("赵女士");
        await visitor.Locator("#Input_ContactPhone").FillAsync("13912340088");
        await Screenshots.TakeAsync(visitor, "quality-02-complaint-form");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "提交投诉" }).ClickAsync();
        var tracking = (await visitor.Locator("[data-tracking]").TextContentAsync())!.Trim();
        Assert.Matches("^TS-\\d{4}-\\d{6}$", tracking);
        await Screenshots.TakeAsync(visitor, "quality-03-receipt");
        Assert.Empty(BrowserFixture.ConsoleErrors(visitor));
        await visitor.Context.CloseAsync();

        // The manager acknowledges and assigns it, and replies.
        var manager = await app.SignInAsync("manager");
        await manager.GotoAsync("/Complaints");
        await manager.GetByRole(AriaRole.Link, new() { Name = tracking }).ClickAsync();
        await Assertions.Expect(manager.Locator(".page-head .badge").First).ToHaveTextAsync("待分派");
        await Assertions.Expect(manager.Locator(".facts")).ToContainTextAsync("13912340088");
        await manager.Locator("#Assign_HandlerStaffId").SelectOptionAsync(new SelectOptionValue { Label = "陈晓梅" });
        await manager.GetByRole(AriaRole.Button, new() { Name = "分派", Exact = true }).ClickAsync();
        await Assertions.Expect(manager.Locator(".notice.success")).ToContainTextAsync("已分派办理人");
        await manager.Locator("#Answer_Investigation").FillAsync("调阅当日叫号记录：周一上午高峰等候约 90 分钟，大厅没有等候时长提示。");
        await manager.Locator("#Answer_Resolution").FillAsync("向投诉人致歉；叫号屏增加预计等候时间。");
        await manager.Locator("#Answer_Reply").FillAsync("赵女士您好，经核实情况属实，我们已在叫号屏增加预计等候时间，高峰时段增开窗口。感谢您的监督。");
        await Screenshots.TakeAsync(manager, "quality-04-reply");
        await manager.GetByRole(AriaRole.Button, new() { Name = "保存并答复" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".page-head .badge").First).ToHaveTextAsync("已答复");

        // One click from the complaint: a corrective action, owned by the manager.
        await manager.Locator("details.step summary").ClickAsync();
        await manager.Locator("#Raise_OwnerStaffId").SelectOptionAsync(new SelectOptionValue { Label = "陈晓梅" });
        await manager.Locator("#Raise_Problem").FillAsync("高峰时段等候时间长，且没有等候时长提示。");
        await Screenshots.TakeAsync(manager, "quality-05-raise");
        await manager.GetByRole(AriaRole.Button, new() { Name = "提出措施" }).ClickAsync();
        await manager.WaitForURLAsync(new Regex("/Quality/Action\\?id=\\d+$"));
        var actionUrl = new Uri(manager.Url).PathAndQuery;
        await Assertions.Expect(manager.Locator("[data-source-link]")).ToContainTextAsync(tracking);
        await manager.Locator("#Plan_RootCause").FillAsync("叫号系统不显示预计等候时间；周一上午窗口数量不足。");
        await manager.Locator("#Plan_PlannedAction").FillAsync("叫号屏显示预计等候时间；周一、周五上午增开一个窗口。");
        await manager.GetByRole(AriaRole.Button, new() { Name = "保存计划" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-action-status]")).ToHaveTextAsync("实施中");
        await manager.Locator("#Step_Note").FillAsync("叫号屏已上线等候时间提示；排班表已调整。");
        await manager.GetByRole(AriaRole.Button, new() { Name = "提交验证" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-action-status]")).ToHaveTextAsync("待验证");
        await Assertions.Expect(manager.Locator("[data-form=verify] .notice.warning")).ToContainTextAsync("责任人以外");
        await Screenshots.TakeAsync(manager, "quality-06-implemented");
        Assert.Empty(BrowserFixture.ConsoleErrors(manager));

        // The head, not the owner, verifies the effect and closes it.
        var head = await app.SignInAsync("head");
        await head.GotoAsync(actionUrl);
        await head.Locator("input[name='Verify.Effective'][value='true']").CheckAsync();
        await head.Locator("#Verify_Note").FillAsync("抽查两周叫号记录，高峰等候不超过 40 分钟，未再收到同类投诉。");
        await head.GetByRole(AriaRole.Button, new() { Name = "保存验证结果" }).ClickAsync();
        await Assertions.Expect(head.Locator("[data-action-status]")).ToHaveTextAsync("已验证有效");
        await head.GetByRole(AriaRole.Button, new() { Name = "关闭", Exact = true }).ClickAsync();
        await Assertions.Expect(head.Locator("[data-action-status]")).ToHaveTextAsync("已关闭");
        await Screenshots.TakeAsync(head, "quality-07-closed");
        await head.GotoAsync("/Quality");
        await Screenshots.TakeAsync(head, "quality-08-hub");
        Assert.Empty(BrowserFixture.ConsoleErrors(head));

        // The public page on a phone.
        var phone = await PublicPageAsync(390, 844);
        await phone.GotoAsync("/Public/Service");
        await Screenshots.TakeAsync(phone, "quality-09-service-phone");
        await phone.Context.CloseAsync();
    }

    private async Task<IPage> PublicPageAsync(int width, int height)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }
}
