using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// The screens a counselor and a head use all day, at 1366×768, and the worker portal at phone size: each opens without
/// an error, and screenshots are saved for people to look at. The English switch shows English.
/// </summary>
public sealed class TourTests(BrowserFixture app)
{
    private static readonly string[] StaffPages = ["/", "/Workers", "/Units", "/Staff", "/Employers", "/Reference/Occupations?q=收银", "/Assessments?All=true",
        "/Referrals?All=true", "/Referrals/Agencies", "/Risk", "/Risk/Roster", "/Training", "/Projects", "/Surveys", "/Reference/Calendar", "/Policies",
        "/Policies/Handbooks", "/Public/Policies", "/Public/Screen", "/Public/Summaries", "/Quality", "/Complaints", "/Quality/Audits", "/Quality/Actions", "/Public/Service",
        "/Public/Complaint", "/Public/ComplaintStatus"];

    [Fact]
    [Trait("Category", "Browser")]
    public async Task Daily_screens_open_without_errors_for_counselor_head_and_worker()
    {
        app.RequireBrowser();
        foreach (var user in new[] { "counselor", "head" })
        {
            var page = await app.SignInAsync(user);
            var pages = user == "head" ? [.. StaffPages, "/Audit", "/Archive", "/Quality/Conformance", "/Quality/SelfEvaluations", "/Evaluation", "/Reports", "/Reports/Summaries",
                "/Privacy"] : StaffPages;
            foreach (var path in pages)
                await VisitAsync(page, path, $"tour-{user}-{Slug(path)}");

            // A worker's record: the first one of the list, then the first unit and staff member.
            await OpenFirstAsync(page, "/Workers", "table.data tbody a", $"tour-{user}-worker-details");
            await OpenFirstAsync(page, "/Units", "table.data tbody a", $"tour-{user}-unit-details");
            await OpenFirstAsync(page, "/Staff", "table.data tbody a", $"tour-{user}-staff-details");
            if (user == "head")
            {
                // 4.6.2b: the demo's correction request and who accessed the first worker's record.
                await OpenFirstAsync(page, "/Privacy", "table.data tbody td:first-child a", "tour-head-privacy-request");
                await OpenFirstAsync(page, "/Workers", "table.data tbody a", "tour-head-worker-details-again");
                await page.Locator(".page-head a[href^='/Workers/Access/']").ClickAsync();
                await page.WaitForLoadStateAsync();
                await AssertNoErrorAsync(page, page.Url);
                await Screenshots.TakeAsync(page, "tour-head-worker-access");
            }
            if (user == "counselor")
            {
                await VisitAsync(page, "/Workers/Register", "tour-counselor-register");
                await OpenFirstAsync(page, "/Employers", "table.data tbody a", "tour-counselor-employer-details");
                // The demo's issued career-tendency report (7.1.7), its plan, its RIASEC result and the catalogue.
                await VisitAsync(page, "/Assessments/Instruments", "tour-counselor-instruments");
                await OpenFirstAsync(page, "/Assessments?All=true", "table.data tbody tr:has-text('已出具') a", "tour-counselor-assessment-plan");
                await page.Locator("a[href^='/Assessments/Result/']").First.ClickAsync();
                await page.WaitForLoadStateAsync();
                await Assertions.Expect(page.Locator(".holland-code strong")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[RIASEC]{3}$"));
                await Screenshots.TakeAsync(page, "tour-counselor-assessment-result");
                await page.GoBackAsync();
                await page.Locator(".page-head a[href^='/Assessments/Report/']").ClickAsync();
                await page.WaitForLoadStateAsync();
                await AssertNoErrorAsync(page, page.Url);
                await Assertions.Expect(page.Locator(".report")).ToContainTextAsync("职业能力综合评价");
                await Screenshots.TakeAsync(page, "tour-counselor-assessment-report");
            }
            await page.Context.CloseAsync();
        }

        // The administrator sees every unit (one with a missing document), the evaluator the units only.
        var admin = await app.SignInAsync("admin");
        foreach (var path in new[] { "/", "/Units", "/Staff", "/Reference/Calendar", "/Surveys?Weights=Pls" })
            await VisitAsync(admin, path, $"tour-admin-{Slug(path)}");
        await admin.Context.CloseAsync();

        // The custodian's desk (7.2): the unit's incomplete archives, retention, and one case's archive.
        var custodian = await app.SignInAsync("custodian");
        await VisitAsync(custodian, "/Archive", "tour-custodian-archive");
        await OpenFirstAsync(custodian, "/Archive", "table.data[data-incomplete] tbody a", "tour-custodian-case-archive");
        await Assertions.Expect(custodian.Locator("table[data-completeness]")).ToBeVisibleAsync();
        await custodian.Context.CloseAsync();
        var evaluator = await app.SignInAsync("evaluator");
        await VisitAsync(evaluator, "/", "tour-evaluator-home");
        await VisitAsync(evaluator, "/Units", "tour-evaluator-units");
        await VisitAsync(evaluator, "/Evaluation", "tour-evaluator-evaluations");
        await evaluator.Context.CloseAsync();

        var phone = await app.SignInAsync("worker", 390, 844);
        await VisitAsync(phone, "/", "tour-worker-phone-home");
        await VisitAsync(phone, "/Portal", "tour-worker-phone-portal");
        await Assertions.Expect(phone.Locator("h1")).ToBeVisibleAsync();
        // 我的数据 (4.6.2b) on a phone: the list of what is held, requests, consents, who accessed it; the request form.
        foreach (var path in new[] { "/Portal/Privacy", "/Portal/Privacy/Request", "/Portal/Privacy/Request?Kind=Correction&Field=Phone",
                     "/Portal/Privacy/Request?Kind=Deletion", "/Portal/Privacy/Access" })
        {
            await VisitAsync(phone, path, "tour-worker-phone-" + Slug(path) + (path.Contains('=') ? "-" + path.Split('=')[^1].ToLowerInvariant() : ""));
            Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways on a phone");
        }
        await phone.Context.CloseAsync();
        var desk = await app.SignInAsync("worker2");
        await VisitAsync(desk, "/Portal/Privacy", "tour-worker2-privacy");
        await Assertions.Expect(desk.Locator("[data-section=requests] [data-status=Submitted]")).ToBeVisibleAsync();
        await desk.Context.CloseAsync();

        var employer = await app.SignInAsync("employer", 390, 844);
        await VisitAsync(employer, "/Portal", "tour-employer-phone-portal");
        await employer.Context.CloseAsync();
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task English_switch_shows_the_pages_in_English()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("counselor");
        await page.GotoAsync("/Workers");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Workers");
        await Assertions.Expect(page.Locator("nav.mainnav")).ToContainTextAsync("Employers");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Register worker" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "english-workers");
        await VisitAsync(page, "/Workers/Register", "english-register");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Register worker");
        await VisitAsync(page, "/", "english-home");
        await VisitAsync(page, "/Risk", "english-risk");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Risk alerts");
        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1").First).Not.ToHaveTextAsync("Home");
        await page.Context.CloseAsync();
    }

    private static async Task VisitAsync(IPage page, string path, string shot)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}");
        await AssertNoErrorAsync(page, path);
        await Screenshots.TakeAsync(page, shot);
    }

    private static async Task OpenFirstAsync(IPage page, string listPath, string linkSelector, string shot)
    {
        await page.GotoAsync(listPath);
        await page.Locator(linkSelector).First.ClickAsync();
        await page.WaitForLoadStateAsync();
        await AssertNoErrorAsync(page, page.Url);
        await Screenshots.TakeAsync(page, shot);
    }

    private static async Task AssertNoErrorAsync(IPage page, string where)
    {
        Assert.False(page.Url.Contains("/Account/AccessDenied", StringComparison.Ordinal), $"{where}: access denied");
        Assert.Equal(0, await page.Locator(".notice.error").CountAsync());
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Status Code:", text, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
        Assert.Empty(BrowserFixture.ConsoleErrors(page));
    }

    private static string Slug(string path) =>
        path == "/" ? "home" : path.Trim('/').Split('?')[0].Replace('/', '-').ToLowerInvariant();
}
