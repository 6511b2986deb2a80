using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// The page side of the handlers' refusals: a stale edit keeps the user's input and says to reload, a duplicate links
/// to the existing record, a reveal needs a reason, and the add-forms on detail pages save.
/// </summary>
public sealed class EditingTests(BrowserFixture app)
{
    [Fact]
    [Trait("Clause", "4.4")]
    [Trait("Category", "Browser")]
    public async Task A_stale_worker_edit_is_refused_with_the_input_kept_and_a_reveal_needs_a_reason()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("counselor");
        await page.GotoAsync("/Workers");
        await page.Locator("table.data tbody a").Nth(2).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Workers/Details/\d+$"));
        var details = page.Url;

        await page.GetByRole(AriaRole.Button, new() { Name = "显示完整信息" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Reason]")).ToContainTextAsync("请说明查看完整信息的理由");
        await page.Locator("#Reason").FillAsync("核对身份信息");
        await page.GetByRole(AriaRole.Button, new() { Name = "显示完整信息" }).ClickAsync();
        await Assertions.Expect(page.Locator(".revealed").First).ToHaveTextAsync(new Regex(@"^\d{17}[\dX]$"));
        await Screenshots.TakeAsync(page, "edit-01-revealed");

        // Two tabs edit the same worker: the first save wins, the second is told to reload and keeps its input.
        var edit = details.Replace("/Details/", "/Edit/", StringComparison.Ordinal);
        var other = await page.Context.NewPageAsync();
        await page.GotoAsync(edit);
        await other.GotoAsync(edit);
        await page.Locator("#Input_ResidenceAddress").FillAsync("较场口示例路1号");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync(details);
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("已保存修改");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("较场口示例路1号");

        await other.Locator("#Input_ResidenceAddress").FillAsync("解放碑示例街2号");
        await other.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(other.Locator("[role=alert]").First).ToContainTextAsync("该记录已被他人修改");
        await Assertions.Expect(other.Locator("#Input_ResidenceAddress")).ToHaveValueAsync("解放碑示例街2号");
        await Screenshots.TakeAsync(other, "edit-02-stale");
        await page.Context.CloseAsync();
    }

    [Fact]
    [Trait("Clause", "4.4")]
    [Trait("Category", "Browser")]
    public async Task Registering_an_employer_twice_links_to_the_existing_record()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("counselor");
        await page.GotoAsync("/Employers");
        var existingCode = (await page.Locator("table.data tbody tr td.mono").First.InnerTextAsync()).Trim();

        await page.GotoAsync("/Employers/Create");
        await page.Locator("#Input_Name").FillAsync("重庆重复登记测试有限公司");
        await page.Locator("#Input_CreditCode").FillAsync(existingCode);
        await page.Locator("#Input_IndustryCode").SelectOptionAsync("C");
        await page.Locator("#Input_DistrictCode").SelectOptionAsync("500103");
        await page.Locator("#Input_Contacts_0__Name").FillAsync("赵敏");
        await page.Locator("#Input_Contacts_0__Phone").FillAsync("13700001111");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.CreditCode']")).ToContainTextAsync("已登记");
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("打开已有记录") });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_Contacts_0__Phone")).ToHaveValueAsync("13700001111");
        await Screenshots.TakeAsync(page, "edit-03-duplicate-employer");
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(existingCode);
        await page.Context.CloseAsync();
    }

    [Fact]
    [Trait("Clause", "4.6.2")]
    [Trait("Category", "Browser")]
    public async Task Head_adds_a_training_record_and_a_management_document()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("head");
        await page.GotoAsync("/Staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "李明" }).ClickAsync();
        await page.Locator("#trainings summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加培训记录" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Training.Title']")).ToContainTextAsync("请填写培训名称");
        await page.Locator("#Training_Title").FillAsync("劳动力市场供求分析专题培训");
        await page.Locator("#Training_Hours").FillAsync("16");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加培训记录" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success").First).ToContainTextAsync("已添加培训记录");
        await Assertions.Expect(page.Locator("#trainings")).ToContainTextAsync("劳动力市场供求分析专题培训");
        await Screenshots.TakeAsync(page, "edit-04-training-added");

        await page.GotoAsync("/Units");
        await page.Locator("table.data tbody a").First.ClickAsync();
        await page.Locator("#Document_Title").FillAsync("职业指导服务制度（修订）");
        await page.Locator("#Document_Version").FillAsync("2.0");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success").First).ToContainTextAsync("已添加管理制度文件");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("职业指导服务制度（修订）");
        await Screenshots.TakeAsync(page, "edit-05-document-added");
        await page.Context.CloseAsync();
    }
}
