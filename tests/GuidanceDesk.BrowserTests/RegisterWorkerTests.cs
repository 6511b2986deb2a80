using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// 4.4 (service database): a counselor registers a worker through the real form in Chromium. A wrong ID checksum is
/// refused next to the field without losing the rest of the input; once fixed, the worker is registered and can be
/// found again by the full ID number, shown masked.
/// </summary>
public sealed class RegisterWorkerTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "4.4")]
    [Trait("Category", "Browser")]
    public async Task Counselor_registers_a_worker_after_correcting_the_ID_number_and_finds_them_by_it()
    {
        app.RequireBrowser();
        var random = new Random();
        var birth = new DateOnly(1990 + random.Next(0, 9), random.Next(1, 13), random.Next(1, 28));
        var id = IdNumbers.Valid("500103", birth, random.Next(500, 999));
        var name = "浏览器测试" + "甲乙丙丁戊己庚辛"[random.Next(0, 8)];

        var page = await app.SignInAsync("counselor");
        await Screenshots.TakeAsync(page, "register-01-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "登记劳动者" }).First.ClickAsync();
        await page.WaitForURLAsync("**/Workers/Register");

        await page.Locator("#Input_Name").FillAsync(name);
        await page.Locator("#Input_IdNumber").FillAsync(IdNumbers.WrongChecksum(id));
        await page.Locator("#Input_Phone").FillAsync("13912345678");
        await page.Locator("#Input_Education").SelectOptionAsync("Bachelor");
        await page.Locator("#Input_ResidenceDistrictCode").SelectOptionAsync("500103");
        // The township list is filled by townships.js from the reference API once the district is chosen.
        var township = page.Locator("#Input_ResidenceTownshipCode option[value='500103001']");
        await township.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#Input_ResidenceTownshipCode").SelectOptionAsync("500103001");
        await page.Locator("input[name='Input.SpecialGroups'][value='CollegeGraduate']").CheckAsync();
        await page.Locator("#Input_GraduationYear").FillAsync((birth.Year + 22).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The occupation search helper (occupations.js) fills the code from the reference API.
        await page.Locator("#occ-search-0").FillAsync("收银");
        await page.Locator(".suggest button", new() { HasText = "收银员" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#Input_JobIntentions_0__OccupationCode")).ToHaveValueAsync("4-01-02-04");
        await page.Locator("#Input_JobIntentions_0__MinMonthlyPay").FillAsync("4500");
        await Screenshots.TakeAsync(page, "register-02-filled");

        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
        var idError = page.Locator(".field-error[data-valmsg-for='Input.IdNumber']");
        await Assertions.Expect(idError).ToContainTextAsync("身份证号码校验位不正确");
        await Assertions.Expect(page.Locator("[role=alert]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_IdNumber")).ToHaveClassAsync(new Regex("input-validation-error"));
        // Everything else the counselor typed is still there.
        await Assertions.Expect(page.Locator("#Input_Name")).ToHaveValueAsync(name);
        await Assertions.Expect(page.Locator("#Input_Phone")).ToHaveValueAsync("13912345678");
        await Assertions.Expect(page.Locator("#Input_ResidenceTownshipCode")).ToHaveValueAsync("500103001");
        await Assertions.Expect(page.Locator("input[name='Input.SpecialGroups'][value='CollegeGraduate']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#Input_JobIntentions_0__OccupationCode")).ToHaveValueAsync("4-01-02-04");
        await Screenshots.TakeAsync(page, "register-03-id-error");

        await page.Locator("#Input_IdNumber").FillAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Workers/Details/\d+$"));
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("已登记");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(IdNumbers.Masked(id));
        await Screenshots.TakeAsync(page, "register-04-details");

        await page.GotoAsync("/Workers");
        await page.Locator("#IdNumber").FillAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        // The ID number is posted, never put in the address (history and logs would keep it).
        Assert.DoesNotContain(id, page.Url, StringComparison.OrdinalIgnoreCase);
        var rows = page.Locator("table.data tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(name);
        await Assertions.Expect(rows.First).ToContainTextAsync(IdNumbers.Masked(id));
        Assert.DoesNotContain(id, await page.Locator("table.data").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "register-05-found");
        Assert.Empty(BrowserFixture.ConsoleErrors(page));
        await page.Context.CloseAsync();
    }
}
