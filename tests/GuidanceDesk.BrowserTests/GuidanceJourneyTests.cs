using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// One worker from an online booking to a closed-employed case (6.1, 6.1.7, 7.2.2a): the worker on a phone, the
/// counselor at a 1366×768 desk, each in their own browser. Every counselor step goes through the pages a counselor uses.
/// </summary>
public sealed class GuidanceJourneyTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "6.1")]
    [Trait("Clause", "6.1.4")]
    [Trait("Clause", "6.1.5")]
    [Trait("Clause", "7.2.2")]
    [Trait("Category", "Browser")]
    public async Task A_worker_goes_from_online_booking_to_an_agreed_plan_a_follow_up_and_a_closed_employed_case()
    {
        app.RequireBrowser();
        using var workerApi = await StaffApi.SignInAsync(app.BaseUrl, "worker2");
        var name = (string)(await workerApi.GetAsync("/api/v1/me/worker"))["name"]!;
        var day = StaffApi.Day(4);

        // The counselor publishes an afternoon block (the first slot is held for employment-assistance targets).
        var desk = await app.SignInAsync("counselor");
        await Screenshots.TakeAsync(desk, "journey-01-worklist");
        await desk.GotoAsync("/Appointments/Slots");
        await desk.Locator("#Input_Date").FillAsync(day);
        await desk.Locator("#Input_From").FillAsync("15:00");
        await desk.Locator("#Input_To").FillAsync("16:30");
        await desk.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice.success")).ToContainTextAsync("已发布 3 个时段");
        await Screenshots.TakeAsync(desk, "journey-02-slots");

        // The worker books the 15:30 slot on the phone (the held 15:00 one is not offered to them).
        var phone = await app.SignInAsync("worker2", 390, 844);
        await phone.GotoAsync("/Portal/Appointments/Book");
        var slot = phone.Locator("label", new() { HasText = "15:30" }).Locator("input[name='Input.SlotId']");
        await slot.First.CheckAsync();
        await phone.Locator("input[name='Input.Purposes'][value='CareerGuidance']").CheckAsync();
        await phone.Locator("#Input_DifficultyNote").FillAsync("想换到仓储管理方向");
        await phone.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".notice.success")).ToBeVisibleAsync();

        // At the desk: the worker arrives, a case is opened from the appointment.
        await desk.GotoAsync($"/Appointments?Date={day}&All=true");
        var row = desk.Locator("tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("网上预约");
        await Screenshots.TakeAsync(desk, "journey-03-queue");
        await row.GetByRole(AriaRole.Button, new() { Name = "到访" }).ClickAsync();
        await desk.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "建立个案" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "建立个案" }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/Cases/Details/\\d+$"));
        var caseUrl = desk.Url;

        // 6.1.1 intake, then the stage moves on with a reason.
        await desk.GetByRole(AriaRole.Link, new() { Name = "填写" }).First.ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-valmsg-for='Input.Situation']")).ToContainTextAsync("请填写基本情况");
        await desk.Locator("#Input_Situation").FillAsync("外出务工返乡，做过仓库搬运三年，希望在本地稳定就业");
        await desk.Locator("input[name='Input.Difficulties'][value='LackOfSkills']").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await desk.Locator("#Move_Reason").FillAsync("职业信息已搜集");
        await desk.GetByRole(AriaRole.Button, new() { Name = "进入：需求分析" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".stepper li.current")).ToContainTextAsync("需求分析");

        // 6.1.2 needs and a goal; the move is offered only after the worker confirms it.
        await desk.GetByRole(AriaRole.Link, new() { Name = "需求分析" }).First.ClickAsync();
        await desk.Locator("input[name='Input.Needed'][value='TrainingGuidance']").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await desk.Locator("#Goal_Text").FillAsync("一个月内取得叉车证并在本区仓储企业就业");
        await desk.GetByRole(AriaRole.Button, new() { Name = "添加目标" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".stage-panel")).ToContainTextAsync("指导目标须经劳动者确认");
        await Screenshots.TakeAsync(desk, "journey-04-case-goal");

        await phone.GotoAsync("/Portal/Guidance");
        await phone.GetByRole(AriaRole.Button, new() { Name = "确认这些目标" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".notice.success")).ToContainTextAsync("您已确认指导目标");

        // 6.1.3 a guidance record, 6.1.4 a plan drafted at the desk.
        await desk.GotoAsync(caseUrl);
        await desk.Locator("#Move_Reason").FillAsync("劳动者已在线确认目标");
        await desk.GetByRole(AriaRole.Button, new() { Name = "进入：指导服务" }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = "记录服务" }).ClickAsync();
        await desk.Locator("#Input_Content").FillAsync("介绍仓储岗位要求和叉车培训补贴政策，推荐定点培训机构");
        await desk.Locator("#Input_Advice").FillAsync("报名本月叉车培训班");
        await Screenshots.TakeAsync(desk, "journey-05-record");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存记录" }).ClickAsync();
        await desk.Locator("#Move_Reason").FillAsync("已完成首次指导");
        await desk.GetByRole(AriaRole.Button, new() { Name = "进入：就业计划" }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = "制定就业计划" }).ClickAsync();
        await desk.Locator("#Input_FollowUpEveryDays").FillAsync("7");
        await desk.Locator("#Input_Actions_0__Description").FillAsync("参加叉车司机培训并取证");
        await desk.Locator("#Input_Actions_0__DueOn").FillAsync(StaffApi.Day(20));
        await desk.Locator("#Input_Actions_1__Description").FillAsync("每周应聘3家仓储企业");
        await desk.Locator("#Input_Actions_1__DueOn").FillAsync(StaffApi.Day(30));
        await Screenshots.TakeAsync(desk, "journey-06-plan");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存计划草案" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".stage-panel")).ToContainTextAsync("就业计划须经劳动者同意");

        await phone.GotoAsync("/Portal/Guidance");
        await phone.GetByRole(AriaRole.Button, new() { Name = "我同意这份就业计划" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".notice.success")).ToContainTextAsync("您已同意就业计划");
        await Screenshots.TakeAsync(phone, "journey-07-phone-agreed");

        // 6.1.5 the first follow-up, recorded at the desk.
        await desk.GotoAsync(caseUrl);
        await Assertions.Expect(desk.Locator(".stepper li.current")).ToContainTextAsync("跟进");
        await desk.GetByRole(AriaRole.Link, new() { Name = "记录跟进" }).First.ClickAsync();
        await desk.Locator("#Input_WhatWasDone").FillAsync("已报名叉车培训，下周开课");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存跟进" }).ClickAsync();
        await Assertions.Expect(desk.Locator("table.data", new() { HasText = "已报名叉车培训" })).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(desk, "journey-08-follow-up");

        // Closed employed: the outcome needs employer, occupation, start date and pay.
        await desk.GetByRole(AriaRole.Link, new() { Name = "结案", Exact = true }).ClickAsync();
        await desk.Locator("#Input_EmployerName").FillAsync("重庆示例仓储物流有限公司");
        await desk.Locator("#Input_Reason").FillAsync("已入职");
        await desk.GetByRole(AriaRole.Button, new() { Name = "确认结案" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice.error, .field-error").First).ToBeVisibleAsync();
        await Assertions.Expect(desk.Locator("#Input_EmployerName")).ToHaveValueAsync("重庆示例仓储物流有限公司");
        await desk.Locator("#Input_OccupationCode").FillAsync("4-02-01-04");
        await desk.Locator("#Input_StartedOn").FillAsync(StaffApi.Day(0));
        await desk.Locator("#Input_MonthlyPay").FillAsync("5200");
        await Screenshots.TakeAsync(desk, "journey-09-close");
        await desk.GetByRole(AriaRole.Button, new() { Name = "确认结案" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".stepper li.current")).ToContainTextAsync("已就业");
        await Screenshots.TakeAsync(desk, "journey-10-closed");
        Assert.Equal("Employed", (string)(await workerApi.GetAsync("/api/v1/me/worker"))["employmentStatus"]!);
        Assert.Empty(BrowserFixture.ConsoleErrors(desk));
        Assert.Empty(BrowserFixture.ConsoleErrors(phone));
        await desk.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }
}
