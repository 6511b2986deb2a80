using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// Case referral end to end in the browser (8.1): from a case page the counselor fills the referral form (prefilled from
/// the case), is refused sending before the worker consents, records the consent and sends it; the receiving counselor
/// of another unit finds it on the worklist, reads the case, accepts it and books the interview; the case page shows the
/// whole chain. Screenshots at each step.
/// </summary>
public sealed class ReferralJourneyTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "8.1.2")]
    [Trait("Clause", "8.1.4")]
    [Trait("Category", "Browser")]
    public async Task A_counselor_refers_a_case_with_consent_and_the_receiver_accepts_and_books_the_interview()
    {
        app.RequireBrowser();
        using var api = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        var worker = await api.PostAsync("/api/v1/workers", new JsonObject
        {
            ["worker"] = new JsonObject
            {
                ["name"] = "钱转介", ["idNumber"] = IdNumbers.Valid("500103", new DateOnly(1999, 6, 3), Random.Shared.Next(100, 999)),
                ["phone"] = "13900004321", ["householdType"] = "Urban", ["residenceDistrictCode"] = "500103", ["education"] = "Bachelor",
                ["employmentStatus"] = "Unemployed",
            },
            ["serviceAgreement"] = new JsonObject { ["givenOn"] = StaffApi.Day(0), ["channel"] = "Offline", ["scope"] = new JsonArray("Text") },
        });
        var caseId = (long)(await api.PostAsync("/api/v1/cases", new JsonObject { ["workerId"] = (long)worker["id"]!, ["channel"] = "Offline" }))["id"]!;

        var desk = await app.SignInAsync("counselor");
        await desk.GotoAsync($"/Cases/Details/{caseId}");
        await desk.Locator(".page-head .actions").GetByRole(AriaRole.Link, new() { Name = "转介", Exact = true }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/Referrals/Create"));
        await desk.GetByLabel("问题超出职业指导范围").CheckAsync();
        await desk.Locator("#Input_ReceiverStaffId").SelectOptionAsync(new SelectOptionValue { Label = "王芳" });
        await desk.Locator("#Input_Form_WorkerSituation").FillAsync("大学毕业一年未就业，近期与家人关系紧张，自述焦虑失眠。");
        await desk.Locator("#Input_Form_GuidanceSoFar").FillAsync("首次面谈：了解求职经历，讲解求职方法。");
        await desk.Locator("#Input_Form_ReasonDetail").FillAsync("劳动者居住在江北区，希望就近接受指导；本人近期外出培训无法持续跟进。");
        await desk.Locator("#Input_Form_Request").FillAsync("请继续提供职业指导，重点关注求职信心。");
        await desk.Locator("#Input_Form_ExplanationToWorker").FillAsync("已当面说明，劳动者同意转到江北区中心。");
        await Screenshots.TakeAsync(desk, "referral-01-form");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存转介表" }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/Referrals/Details/\\d+$"));
        var referralId = long.Parse(Regex.Match(desk.Url, "(\\d+)$").Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(desk.Locator(".page-head .badge").First).ToHaveTextAsync("待发出");
        await Assertions.Expect(desk.GetByRole(AriaRole.Button, new() { Name = "发出转介" })).ToHaveCountAsync(0);

        // Consent first (8.1.2): unticked is refused next to the box, ticked it is recorded and the referral can go.
        await desk.GetByRole(AriaRole.Button, new() { Name = "记录同意" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".field-error[data-valmsg-for='Consent.Consent']")).ToContainTextAsync("须劳动者同意");
        await desk.GetByLabel("劳动者当面同意转介").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "记录同意" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice.success")).ToContainTextAsync("已记录劳动者同意");
        await Screenshots.TakeAsync(desk, "referral-02-consented");
        await desk.GetByRole(AriaRole.Button, new() { Name = "发出转介" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".page-head .badge").First).ToHaveTextAsync("待接收");

        // The receiver (another unit) sees it on the worklist, opens it, accepts and books the interview.
        var other = await app.SignInAsync("counselor2");
        await Assertions.Expect(other.Locator($"a[href='/Referrals/Details/{referralId}']").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(other, "referral-03-receiver-worklist");
        await other.GotoAsync($"/Referrals/Details/{referralId}");
        await Screenshots.TakeAsync(other, "referral-04-receiver");
        await other.GetByRole(AriaRole.Button, new() { Name = "接收", Exact = true }).ClickAsync();
        await Assertions.Expect(other.Locator(".notice.success")).ToContainTextAsync("已接收转介");
        await other.Locator("#Interview_Date").FillAsync(StaffApi.Day(2));
        await other.Locator("#Interview_Time").FillAsync("10:30");
        await other.GetByRole(AriaRole.Button, new() { Name = "预约面谈" }).ClickAsync();
        await Assertions.Expect(other.Locator(".page-head .badge").First).ToHaveTextAsync("已预约面谈");
        await Screenshots.TakeAsync(other, "referral-05-booked");

        // The case now belongs to the receiver; its page shows the whole chain.
        await other.GotoAsync($"/Cases/Details/{caseId}");
        var card = other.Locator("#referrals");
        await Assertions.Expect(card).ToContainTextAsync("已预约面谈");
        await Assertions.Expect(card).ToContainTextAsync("劳动者同意转介");
        await Assertions.Expect(card).ToContainTextAsync("接收");
        await Screenshots.TakeAsync(other, "referral-06-case-chain");
        Assert.Empty(BrowserFixture.ConsoleErrors(desk));
        Assert.Empty(BrowserFixture.ConsoleErrors(other));
    }
}
