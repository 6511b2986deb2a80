using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// An employer registers in the portal and posts a vacancy (a discriminating requirement is refused next to its field,
/// nothing typed is lost); once published, anyone finds it on the hall's kiosk (1920×1080) and on a phone (4.2d), and
/// a counselor finds a matching job seeker for it, refers them and records the hire, which the employer then sees.
/// </summary>
public sealed class EmployerVacancyTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "4.2d")]
    [Trait("Clause", "7.1.4")]
    [Trait("Category", "Browser")]
    public async Task Employer_registers_posts_a_fair_vacancy_and_the_public_finds_it()
    {
        app.RequireBrowser();
        var page = await AnonymousAsync(1366, 768);
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "用人单位注册" }).ClickAsync();
        var suffix = Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("#Input_Name").FillAsync($"重庆浏览器测试{suffix}商贸有限公司");
        await page.Locator("#Input_CreditCode").FillAsync(CreditCodes.New());
        await page.Locator("#Input_IndustryCode").SelectOptionAsync("F");
        await page.Locator("#Input_DistrictCode").SelectOptionAsync("500103");
        await page.Locator("#Input_Contacts_0__Name").FillAsync("赵经理");
        await page.Locator("#Input_Contacts_0__Phone").FillAsync("13912345678");
        await page.Locator("#Account_UserName").FillAsync("shop" + suffix);
        await page.Locator("#Account_Password").FillAsync("Shop2026Passw");
        await page.Locator("#Account_ConfirmPassword").FillAsync("Shop2026Passw");
        await page.Locator("#Account_AgreeToTerms").CheckAsync();
        await Screenshots.TakeAsync(page, "employer-01-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await page.WaitForURLAsync("**/Portal/Employer/Vacancies");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("我的岗位");

        await page.GetByRole(AriaRole.Link, new() { Name = "发布新岗位" }).First.ClickAsync();
        var title = "理货员" + suffix;
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_OccupationCode").FillAsync("4-01-02-04");
        await page.Locator("#Input_Posts").FillAsync("3");
        await page.Locator("#Input_DistrictCode").SelectOptionAsync("500103");
        await page.Locator("#Input_PayMin").FillAsync("4200");
        await page.Locator("#Input_PayMax").FillAsync("5600");
        await page.Locator("#Input_Description").FillAsync("负责商品上架、盘点。限男性，35岁以下。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        var error = page.Locator(".field-error[data-valmsg-for='Input.Description']");
        await Assertions.Expect(error).ToContainTextAsync("性别");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("年龄要求请填写在");
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveValueAsync(title);
        await Screenshots.TakeAsync(page, "employer-02-vacancy-refused");

        await page.Locator("#Input_Description").FillAsync("负责商品上架、盘点，能适应早班。");
        await page.Locator("#Input_AgeMax").FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("草稿");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("已发布");
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("招聘中");
        await Screenshots.TakeAsync(page, "employer-03-vacancy-open");
        Assert.Empty(BrowserFixture.ConsoleErrors(page));
        var vacancyId = long.Parse(new Regex(@"/Vacancy/(\d+)").Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var kiosk = await AnonymousAsync(1920, 1080);
        await kiosk.GotoAsync("/Public/Jobs");
        await kiosk.Locator("#Q").FillAsync(title);
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await Assertions.Expect(kiosk.Locator(".job-card")).ToHaveCountAsync(1);
        await Assertions.Expect(kiosk.Locator(".job-card .pay")).ToContainTextAsync("4,200–5,600");
        await Screenshots.TakeAsync(kiosk, "public-01-kiosk-search");
        await kiosk.Locator(".job-card").ClickAsync();
        await Assertions.Expect(kiosk.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(kiosk.Locator("main")).Not.ToContainTextAsync("13912345678");
        await Assertions.Expect(kiosk.Locator("main")).Not.ToContainTextAsync("赵经理");
        await Screenshots.TakeAsync(kiosk, "public-02-kiosk-job");

        var phone = await AnonymousAsync(390, 844);
        await phone.GotoAsync("/Public/Jobs?District=500103");
        await Assertions.Expect(phone.Locator(".job-card").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "public-03-phone");
        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the public job list must not scroll sideways on a phone");

        // A counselor finds a job seeker for the new vacancy (7.1.4), refers them and records the hire.
        using var api = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        var seeker = "钱理货" + suffix;
        await api.PostAsync("/api/v1/workers", new JsonObject
        {
            ["worker"] = new JsonObject
            {
                ["name"] = seeker, ["idNumber"] = IdNumbers.Valid("500103", new DateOnly(1994, 3, 8), Random.Shared.Next(100, 999)),
                ["householdType"] = "Urban", ["residenceDistrictCode"] = "500103", ["education"] = "SeniorSecondary", ["employmentStatus"] = "Unemployed",
                ["jobIntentions"] = new JsonArray(new JsonObject { ["occupationCode"] = "4-01-02-04", ["districtCode"] = "500103", ["minMonthlyPay"] = 4500 }),
            },
            ["serviceAgreement"] = new JsonObject { ["givenOn"] = StaffApi.Day(0), ["channel"] = "Offline", ["scope"] = new JsonArray("Text") },
        });
        var desk = await app.SignInAsync("counselor");
        await desk.GotoAsync($"/Vacancies/Details/{vacancyId}");
        await desk.GetByRole(AriaRole.Link, new() { Name = "匹配求职者" }).ClickAsync();
        var row = desk.Locator("table.matches tbody tr", new() { HasText = seeker }).First;
        await Assertions.Expect(row).ToContainTextAsync("同一职业");
        await Screenshots.TakeAsync(desk, "employer-04-candidates");
        await row.GetByRole(AriaRole.Button, new() { Name = "推荐" }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/Placements/Details/\\d+$"));
        await desk.GetByRole(AriaRole.Button, new() { Name = "出具推荐信" }).ClickAsync();
        await desk.Locator("#Input_Outcome").SelectOptionAsync("Interviewed");
        await desk.Locator("#Input_InterviewedOn").FillAsync(StaffApi.Day(0));
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存结果" }).ClickAsync();
        await desk.Locator("#Input_Outcome").SelectOptionAsync("Hired");
        await desk.Locator("#Input_StartsOn").FillAsync(StaffApi.Day(3));
        await desk.Locator("#Input_MonthlyPay").FillAsync("4800");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存结果" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".page-head .badge").First).ToHaveTextAsync("已录用");
        Assert.Empty(BrowserFixture.ConsoleErrors(desk));

        // The employer sees the hire on the vacancy and the candidate among those referred.
        await page.GotoAsync($"/Portal/Employer/Vacancy/{vacancyId}");
        await Assertions.Expect(page.Locator(".page-head .sub")).ToContainTextAsync("已录用 1");
        await page.GotoAsync("/Portal/Employer/Candidates");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(title);
        await Screenshots.TakeAsync(page, "employer-05-candidates");
    }

    private async Task<IPage> AnonymousAsync(int width, int height)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }
}
