using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// An employer registers in the portal and posts a vacancy (a discriminating requirement is refused next to its field,
/// nothing typed is lost); once published, anyone finds it on the hall's kiosk (1920×1080) and on a phone (4.2d).
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
