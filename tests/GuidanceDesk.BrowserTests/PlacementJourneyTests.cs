using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// Job referral at the counselor's 1366×768 desk (7.1.4): a worker's recommended vacancies with the reasons, a
/// placement, the referral letter, the interview and the hire with the worker's agreement, and the case closed as employed.
/// </summary>
public sealed class PlacementJourneyTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "7.1.4")]
    [Trait("Category", "Browser")]
    public async Task A_counselor_refers_a_worker_from_the_recommendations_and_the_hire_closes_the_case_as_employed()
    {
        app.RequireBrowser();
        using var api = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        var id = IdNumbers.Valid("500103", new DateOnly(1996, 4, 12), Random.Shared.Next(100, 999));
        var worker = await api.PostAsync("/api/v1/workers", new JsonObject
        {
            ["worker"] = new JsonObject
            {
                ["name"] = "赵推荐", ["idNumber"] = id, ["phone"] = "13900001234", ["householdType"] = "Urban",
                ["residenceDistrictCode"] = "500103", ["education"] = "SeniorSecondary", ["employmentStatus"] = "Unemployed",
                ["jobIntentions"] = new JsonArray(new JsonObject { ["occupationCode"] = "4-01-02-01", ["districtCode"] = "500103", ["minMonthlyPay"] = 4800 }),
            },
            ["serviceAgreement"] = new JsonObject { ["givenOn"] = StaffApi.Day(0), ["channel"] = "Offline", ["scope"] = new JsonArray("Text") },
        });
        var caseId = (long)(await api.PostAsync("/api/v1/cases", new JsonObject { ["workerId"] = (long)worker["id"]!, ["channel"] = "Offline" }))["id"]!;

        // From the case, the counselor opens the worker's recommended vacancies: ranked, each with its reasons.
        var desk = await app.SignInAsync("counselor");
        await desk.GotoAsync($"/Cases/Details/{caseId}");
        await desk.GetByRole(AriaRole.Link, new() { Name = "推荐岗位" }).First.ClickAsync();
        // The demo's 门店销售顾问 (other demo vacancies may rank above it): same occupation, same district, pay in range.
        await Assertions.Expect(desk.Locator("table.matches tbody tr").First.Locator("td.score")).Not.ToBeEmptyAsync();
        var top = desk.Locator("table.matches tbody tr", new() { HasText = "门店销售顾问" }).First;
        await Assertions.Expect(top).ToContainTextAsync("同一职业（4-01-02-01 营销员）");
        await Assertions.Expect(top).ToContainTextAsync("期望月薪 4,800 元 ≤ 岗位上限 6,500 元");
        await Screenshots.TakeAsync(desk, "placement-01-recommended");

        await top.GetByRole(AriaRole.Button, new() { Name = "推荐" }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/Placements/Details/\\d+$"));
        await Assertions.Expect(desk.Locator(".page-head .badge").First).ToHaveTextAsync("拟推荐");

        // The referral letter is issued and downloaded.
        await desk.GetByRole(AriaRole.Button, new() { Name = "出具推荐信" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice.success")).ToContainTextAsync("已出具推荐信");
        var download = await desk.RunAndWaitForDownloadAsync(() =>
            desk.GetByRole(AriaRole.Link, new() { Name = "下载推荐信（PDF）" }).ClickAsync());
        var path = await download.PathAsync();
        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(path!, TestContext.Current.CancellationToken))[..5]);
        await Screenshots.TakeAsync(desk, "placement-02-referred");

        // The interview, then the hire with the worker's agreement to close the case.
        await desk.Locator("#Input_Outcome").SelectOptionAsync("Interviewed");
        await desk.Locator("#Input_InterviewedOn").FillAsync(StaffApi.Day(0));
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存结果" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".page-head .badge").First).ToHaveTextAsync("已面试");
        await desk.Locator("#Input_Outcome").SelectOptionAsync("Hired");
        await desk.Locator("#Input_StartsOn").FillAsync(StaffApi.Day(7));
        await desk.Locator("#Input_MonthlyPay").FillAsync("5200");
        await desk.Locator("#Input_CloseCase").CheckAsync();
        await Screenshots.TakeAsync(desk, "placement-03-hire-form");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存结果" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".page-head .badge").First).ToHaveTextAsync("已录用");
        await Screenshots.TakeAsync(desk, "placement-04-hired");

        await desk.GotoAsync($"/Cases/Details/{caseId}");
        await Assertions.Expect(desk.Locator("main")).ToContainTextAsync("已结案");
        await Assertions.Expect(desk.Locator("main")).ToContainTextAsync("重庆山城示例1科技有限公司");
        await Screenshots.TakeAsync(desk, "placement-05-case-closed");
        Assert.Empty(BrowserFixture.ConsoleErrors(desk));

        await desk.GotoAsync("/Placements");
        await Screenshots.TakeAsync(desk, "placement-06-list");
        await desk.Context.CloseAsync();
    }

    [Fact]
    [Trait("Clause", "7.1.4")]
    [Trait("Category", "Browser")]
    public async Task The_employer_sees_referred_candidates_and_the_worker_sees_recommendations()
    {
        app.RequireBrowser();
        var employer = await app.SignInAsync("employer");
        await employer.GotoAsync("/Portal/Employer/Candidates");
        await Assertions.Expect(employer.Locator("h1")).ToHaveTextAsync("推荐的候选人");
        await Assertions.Expect(employer.Locator("section.card").First).ToBeVisibleAsync();
        Assert.DoesNotMatch(new Regex("\\d{17}[\\dX]"), await employer.Locator("main").InnerTextAsync());
        await Screenshots.TakeAsync(employer, "placement-07-employer-candidates");
        await employer.Context.CloseAsync();

        var phone = await app.SignInAsync("worker", 390, 844);
        await phone.GotoAsync("/Portal/Recommendations");
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("为我推荐的岗位");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("门店销售顾问");
        await Screenshots.TakeAsync(phone, "placement-08-worker-recommendations");
        await phone.GotoAsync("/Portal/Profile");
        await phone.GetByRole(AriaRole.Button, new() { Name = "拒绝自动化推荐" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#recommendations")).ToContainTextAsync("不接受自动化推荐");
        await phone.GotoAsync("/Portal/Recommendations");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("您已选择不接受自动化推荐");
        await Screenshots.TakeAsync(phone, "placement-09-worker-refused");
        await phone.Context.CloseAsync();
    }
}
