using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// Career assessment end to end (5.1c, 7.1.6, 7.1.7): the counselor proposes a RIASEC plan through the API; the demo
/// worker agrees to it with the assessment consent on a phone (390×844), answers the inventory one item per screen in
/// two sittings (signing in again, resuming at the first unanswered item) and submits; the counselor writes and issues
/// the career-tendency analysis report through the API and reads it on a desktop; the worker reads it in the portal,
/// downloads the PDF and leaves a comment. Nothing depends on how many plans the demo worker already has.
/// </summary>
public sealed class AssessmentJourneyTests(BrowserFixture app)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;
    private const int FirstSitting = 20;

    private const string Evaluation = "面谈中表达清楚，做事认真细致；结合测评结果和三年门店工作经历，具备从事服务类和事务类工作的基础能力，"
        + "求职方向尚需进一步明确，建议先从客户服务、行政助理类岗位入手。";

    private const string NextSteps = "一周内参加简历指导，两周内投递客户服务类岗位不少于五份。";

    [Fact]
    [Trait("Clause", "5.1c")]
    [Trait("Clause", "7.1.6")]
    [Trait("Clause", "7.1.7")]
    [Trait("Category", "Browser")]
    public async Task Worker_agrees_takes_the_inventory_on_a_phone_in_two_sittings_and_comments_on_the_issued_report()
    {
        app.RequireBrowser();
        using var counselor = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        var workerId = await DemoWorkerIdAsync();
        var riasec = (await counselor.GetAsync("/api/v1/instruments"))["items"]!.AsArray()
            .First(i => (string)i!["code"]! == "riasec-48")!;
        var total = (int)riasec["itemCount"]!;
        var planId = (long)(await counselor.PostAsync("/api/v1/assessments/plans", new JsonObject
        {
            ["workerId"] = workerId, ["purpose"] = "了解职业兴趣，明确求职方向", ["mode"] = "Online", ["plannedOn"] = StaffApi.Day(0),
            ["instrumentIds"] = new JsonArray((long)riasec["id"]!),
        }))["id"]!;

        // The worker: a card on the home page, then the plan in 测评 (the new nav entry still fits one phone row).
        var page = await app.SignInAsync("worker", PhoneWidth, PhoneHeight);
        await Assertions.Expect(page.Locator("[data-prompt='assessment-plan']")).ToContainTextAsync("测评方案");
        await AssertNavFitsAsync(page);
        await Screenshots.TakeAsync(page, "assessment-01-home");
        await page.Locator("nav.mainnav").GetByRole(AriaRole.Link, new() { Name = "测评", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Portal/Assessments");
        var offer = page.Locator($"section[data-plan='{planId}']");
        await Assertions.Expect(offer).ToContainTextAsync("职业兴趣量表（RIASEC）");
        await Assertions.Expect(offer).ToContainTextAsync($"共 {total} 题");
        await Screenshots.TakeAsync(page, "assessment-02-plan");

        // Agreeing without the consent ticked is refused next to the box; ticked, the plan is agreed online.
        await offer.GetByRole(AriaRole.Button, new() { Name = "确认同意" }).ClickAsync();
        await Assertions.Expect(offer.Locator(".field-error[data-valmsg-for='Agree.Consent']")).ToContainTextAsync("请先勾选");
        await Screenshots.TakeAsync(page, "assessment-03-consent-missing");
        await offer.GetByRole(AriaRole.Checkbox).CheckAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "确认同意" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您已同意测评方案");
        var plan = await counselor.GetAsync($"/api/v1/assessments/plans/{planId}");
        Assert.Equal("Agreed", (string)plan["status"]!);
        Assert.Equal("Online", (string)plan["agreementChannel"]!);
        var assessmentId = (long)plan["assessments"]!.AsArray().Single()!["id"]!;
        var todo = page.Locator($"section[data-assessment='{assessmentId}']");
        await Assertions.Expect(todo).ToContainTextAsync($"已答 0 / {total} 题");
        await Screenshots.TakeAsync(page, "assessment-04-agreed");

        // First sitting: one item per screen, each answer saved as given and the next item shown.
        await todo.GetByRole(AriaRole.Link, new() { Name = "开始测评" }).ClickAsync();
        await page.WaitForURLAsync($"**/Portal/Assessments/Take/{assessmentId}");
        var shown = page.Locator("fieldset.item:visible");
        await Assertions.Expect(shown).ToHaveCountAsync(1);
        await Assertions.Expect(shown.Locator("legend")).ToContainTextAsync("第 1 题");
        await Screenshots.TakeAsync(page, "assessment-05-first-item");
        for (var i = 0; i < FirstSitting; i++)
        {
            await AnswerShownAsync(page, i, total, byKey: false);
            if (i == 2)
                await Screenshots.TakeAsync(page, "assessment-06-item-answered");
        }
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("已保存");
        await Assertions.Expect(page.Locator("#take-count")).ToHaveTextAsync($"已答 {FirstSitting} / {total} 题");
        await Screenshots.TakeAsync(page, "assessment-07-after-20");
        Assert.Empty(BrowserFixture.ConsoleErrors(page));
        await page.Context.CloseAsync();

        // The same inventory on a desktop: twelve items to a page, the page holding the first unanswered item.
        var desktop = await app.SignInAsync("worker");
        await desktop.GotoAsync($"/Portal/Assessments/Take/{assessmentId}");
        await Assertions.Expect(desktop.Locator("fieldset.item:visible")).ToHaveCountAsync(12);
        await Assertions.Expect(desktop.Locator("fieldset.item:visible").First.Locator("legend")).ToContainTextAsync("第 13 题");
        await Assertions.Expect(desktop.Locator(".take-where")).ToHaveTextAsync($"第 2 / {(total + 11) / 12} 页");
        await Screenshots.TakeAsync(desktop, "assessment-08-desktop-page");
        Assert.Empty(BrowserFixture.ConsoleErrors(desktop));
        await desktop.Context.CloseAsync();

        // Second sitting on the phone: signed in again, it resumes at item 21 with 20 of 48 answered.
        page = await app.SignInAsync("worker", PhoneWidth, PhoneHeight);
        await page.GotoAsync("/Portal/Assessments");
        todo = page.Locator($"section[data-assessment='{assessmentId}']");
        await Assertions.Expect(todo).ToContainTextAsync($"已答 {FirstSitting} / {total} 题");
        await todo.GetByRole(AriaRole.Link, new() { Name = "继续作答" }).ClickAsync();
        await page.WaitForURLAsync($"**/Portal/Assessments/Take/{assessmentId}");
        shown = page.Locator("fieldset.item:visible");
        await Assertions.Expect(page.Locator("#take-count")).ToHaveTextAsync($"已答 {FirstSitting} / {total} 题");
        await Assertions.Expect(page.Locator("#take-progress")).ToHaveAttributeAsync("value", FirstSitting.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(shown).ToHaveCountAsync(1);
        await Assertions.Expect(shown.Locator("legend")).ToContainTextAsync($"第 {FirstSitting + 1} 题");
        await Screenshots.TakeAsync(page, "assessment-09-resumed");
        for (var i = FirstSitting; i < total; i++)
            await AnswerShownAsync(page, i, total, byKey: i == FirstSitting); // the first by the number key
        await Assertions.Expect(page.Locator("#take-submit")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("已保存");
        await Assertions.Expect(page.Locator("#take-count")).ToHaveTextAsync($"已答 {total} / {total} 题");
        await Screenshots.TakeAsync(page, "assessment-10-all-answered");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Portal/Assessments");
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("测评已完成，职业指导人员会与您沟通结果");
        await Assertions.Expect(page.Locator($"li[data-assessment='{assessmentId}']")).ToContainTextAsync("已完成");
        await Screenshots.TakeAsync(page, "assessment-11-completed");

        // The counselor: the plan is complete; a report is drafted, written and issued through the API (If-Match).
        Assert.Equal("Completed", (string)(await counselor.GetAsync($"/api/v1/assessments/plans/{planId}"))["status"]!);
        var result = await counselor.GetAsync($"/api/v1/assessments/{assessmentId}/result");
        Assert.Equal(total, (int)result["assessment"]!["answered"]!);
        var holland = (string)result["hollandCode"]!;
        Assert.Equal(3, holland.Length);
        var draft = await counselor.PostAsync("/api/v1/reports", new JsonObject { ["planId"] = planId });
        var reportId = (long)draft["id"]!;
        using (var http = await BearerAsync("counselor"))
        {
            var edited = await SendAsync(http, HttpMethod.Put, $"/api/v1/reports/{reportId}",
                new JsonObject { ["evaluation"] = Evaluation, ["nextSteps"] = NextSteps }, (int)draft["version"]!);
            var issued = await SendAsync(http, HttpMethod.Post, $"/api/v1/reports/{reportId}/issue", null, (int)edited["version"]!);
            Assert.Equal("Issued", (string)issued["status"]!);
        }

        var desk = await app.SignInAsync("counselor");
        await desk.GotoAsync($"/Assessments/Report/{reportId}");
        await Assertions.Expect(desk.Locator("article.report .holland-code")).ToContainTextAsync(holland);
        await Assertions.Expect(desk.Locator("article.report")).ToContainTextAsync("职业能力综合评价");
        await Assertions.Expect(desk.Locator("article.report")).ToContainTextAsync(Evaluation);
        await Screenshots.TakeAsync(desk, "assessment-12-counselor-report");
        await desk.Context.CloseAsync();

        // The worker reads the issued report, downloads the PDF and leaves a comment (online feedback of today).
        await page.GotoAsync("/Portal/Assessments");
        await page.Locator($"section[data-report='{reportId}']").GetByRole(AriaRole.Link, new() { Name = "查看报告" }).ClickAsync();
        await page.WaitForURLAsync($"**/Portal/Assessments/Report/{reportId}");
        await Assertions.Expect(page.Locator("article.report .holland-code")).ToContainTextAsync(holland);
        await Assertions.Expect(page.Locator("article.report")).ToContainTextAsync(Evaluation);
        await Screenshots.TakeAsync(page, "assessment-13-worker-report");
        var pdf = await page.APIRequest.GetAsync($"/Portal/Assessments/Report/{reportId}?handler=Pdf");
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-valmsg-for='Feedback.Comments']")).ToContainTextAsync("请写下您的意见");
        const string comment = "报告说得比较准，我确实喜欢和人打交道，想先试试客户服务岗位。";
        await page.Locator("#Feedback_Comments").FillAsync(comment);
        await Screenshots.TakeAsync(page, "assessment-14-comment");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您的意见已经告诉职业指导人员");
        await Assertions.Expect(page.Locator("#feedback .said")).ToHaveTextAsync(comment);
        await Screenshots.TakeAsync(page, "assessment-15-commented");
        var report = await counselor.GetAsync($"/api/v1/reports/{reportId}");
        Assert.Equal("Online", (string)report["feedbackChannel"]!);
        Assert.Equal(StaffApi.Day(0), (string)report["feedbackOn"]!);
        Assert.Equal(comment, (string)report["workerComments"]!);
        Assert.Empty(BrowserFixture.ConsoleErrors(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    [Trait("Clause", "7.1.6")]
    [Trait("Category", "Browser")]
    public async Task Without_script_the_form_saves_the_answers_refuses_an_incomplete_submit_and_a_plan_can_be_declined()
    {
        app.RequireBrowser();
        using var counselor = await StaffApi.SignInAsync(app.BaseUrl, "counselor");
        var workerId = await DemoWorkerIdAsync();
        var riasec = (long)(await counselor.GetAsync("/api/v1/instruments"))["items"]!.AsArray()
            .First(i => (string)i!["code"]! == "riasec-48")!["id"]!;
        JsonObject Plan(string purpose) => new()
        {
            ["workerId"] = workerId, ["purpose"] = purpose, ["mode"] = "Online", ["plannedOn"] = StaffApi.Day(0),
            ["instrumentIds"] = new JsonArray(riasec),
        };
        var taken = (long)(await counselor.PostAsync("/api/v1/assessments/plans", Plan("了解职业兴趣（无脚本作答）")))["id"]!;
        var declined = (long)(await counselor.PostAsync("/api/v1/assessments/plans", Plan("复测职业兴趣")))["id"]!;

        var page = await SignInWithoutScriptAsync("worker");
        try
        {
            await page.GotoAsync("/Portal/Assessments");

            // Declining needs a reason; with one, the plan is cancelled and the counselor sees why.
            var offer = page.Locator($"section[data-plan='{declined}']");
            await offer.Locator("summary").ClickAsync();
            await offer.GetByRole(AriaRole.Button, new() { Name = "不参加这次测评" }).ClickAsync();
            await Assertions.Expect(offer.Locator(".field-error[data-valmsg-for='Cancel.Reason']")).ToContainTextAsync("请说明原因");
            await Screenshots.TakeAsync(page, "assessment-20-nojs-decline-reason");
            await offer.GetByRole(AriaRole.Textbox).FillAsync("上个月刚做过类似的测评");
            await offer.GetByRole(AriaRole.Button, new() { Name = "不参加这次测评" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您已谢绝这次测评");
            await Assertions.Expect(page.Locator($"section[data-plan='{declined}']")).ToHaveCountAsync(0);
            var cancelled = await counselor.GetAsync($"/api/v1/assessments/plans/{declined}");
            Assert.Equal("Cancelled", (string)cancelled["status"]!);
            Assert.Equal("上个月刚做过类似的测评", (string)cancelled["cancelReason"]!);

            offer = page.Locator($"section[data-plan='{taken}']");
            await offer.GetByRole(AriaRole.Checkbox).CheckAsync();
            await offer.GetByRole(AriaRole.Button, new() { Name = "确认同意" }).ClickAsync();
            var assessmentId = (long)(await counselor.GetAsync($"/api/v1/assessments/plans/{taken}"))["assessments"]!.AsArray().Single()!["id"]!;

            // Nothing answered yet: saving is harmless.
            await page.GotoAsync($"/Portal/Assessments/Take/{assessmentId}");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存，稍后继续" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您的答案已保存");

            // Every item is on the page; three answers are kept by "保存，稍后继续".
            await page.GotoAsync($"/Portal/Assessments/Take/{assessmentId}");
            await Assertions.Expect(page.Locator("fieldset.item:visible")).ToHaveCountAsync(48);
            await Assertions.Expect(page.Locator(".take-nav")).ToBeHiddenAsync();
            for (var i = 0; i < 3; i++)
                await page.Locator($"#item-{i + 1} label.option").Nth(i * 2).ClickAsync();
            await Screenshots.TakeAsync(page, "assessment-21-nojs-form");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存，稍后继续" }).ClickAsync();
            await page.WaitForURLAsync("**/Portal/Assessments");
            await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("您的答案已保存");
            await Assertions.Expect(page.Locator($"section[data-assessment='{assessmentId}']")).ToContainTextAsync("已答 3 / 48 题");

            // Back again: the answers are there; submitting with 44 left is refused and the first one left is focused.
            await page.GotoAsync($"/Portal/Assessments/Take/{assessmentId}");
            await Assertions.Expect(page.Locator("#item-3 input[value='5']")).ToBeCheckedAsync();
            await page.Locator("#item-4 label.option").Nth(3).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice.error")).ToContainTextAsync("还有 44 题未作答");
            await Assertions.Expect(page.Locator("#item-5")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bmissing\b"));
            await Assertions.Expect(page.Locator("#item-5 input").First).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("#item-4 input[value='4']")).ToBeCheckedAsync();
            await Screenshots.TakeAsync(page, "assessment-22-nojs-incomplete");
            var saved = await counselor.GetAsync($"/api/v1/assessments/plans/{taken}");
            Assert.Equal(4, (int)saved["assessments"]![0]!["answered"]!);
        }
        finally
        {
            // Leave the demo worker with nothing waiting (other portal tests read the home page's prompts).
            await page.Context.CloseAsync();
            await counselor.PostAsync($"/api/v1/assessments/plans/{taken}/cancel", new JsonObject { ["reason"] = "测试结束" });
        }
    }

    /// <summary>A phone-sized context with JavaScript off, signed in through the form (BrowserFixture's contexts run script).</summary>
    private async Task<IPage> SignInWithoutScriptAsync(string userName)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl.ToString(), ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight },
            Locale = "zh-CN", TimezoneId = "Asia/Shanghai", JavaScriptEnabled = false,
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(BrowserFixture.DemoPassword);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>
    /// Answers the item on screen (tapping the option, or with its number key) and waits for the next one; the answers
    /// vary (1 3 5 2 4 …) so that the response checks see no straight line.
    /// </summary>
    private static async Task AnswerShownAsync(IPage page, int index, int total, bool byKey)
    {
        var value = 1 + index * 7 % 5;
        var shown = page.Locator("fieldset.item:visible");
        await Assertions.Expect(shown.Locator("legend")).ToContainTextAsync($"第 {index + 1} 题");
        if (byKey)
            await page.Keyboard.PressAsync(value.ToString(CultureInfo.InvariantCulture));
        else
            await shown.Locator("label.option").Filter(new() { Has = page.Locator($"input[value='{value}']") }).ClickAsync();
        await Assertions.Expect(page.Locator($"#item-{index + 1} input[value='{value}']")).ToBeCheckedAsync();
        if (index + 1 < total)
            await Assertions.Expect(shown.Locator("legend")).ToContainTextAsync($"第 {index + 2} 题");
    }

    /// <summary>The worker's navigation stays one row on a 390px phone: every link on the same line, none cut off.</summary>
    private static async Task AssertNavFitsAsync(IPage page)
    {
        var layout = await page.EvaluateAsync<string>("""
            () => {
                const nav = document.querySelector('nav.mainnav');
                const links = [...nav.querySelectorAll('a')];
                const top = links[0].getBoundingClientRect().top;
                const oneRow = links.every(a => Math.abs(a.getBoundingClientRect().top - top) < 2);
                return (oneRow && nav.scrollWidth <= nav.clientWidth + 1 ? 'fits' : 'overflows')
                    + ` ${nav.scrollWidth}/${nav.clientWidth}: ` + links.map(a => Math.round(a.getBoundingClientRect().width)).join(' ');
            }
            """);
        Assert.True(layout.StartsWith("fits", StringComparison.Ordinal), "The portal navigation does not fit one row on a 390px phone: " + layout);
    }

    private async Task<long> DemoWorkerIdAsync()
    {
        using var worker = await StaffApi.SignInAsync(app.BaseUrl, "worker");
        return (long)(await worker.GetAsync("/api/v1/auth/me"))["workerId"]!;
    }

    /// <summary>A bearer-token client for the writes StaffApi does not make (PUT, a command with If-Match).</summary>
    private async Task<HttpClient> BearerAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = app.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token",
            new { userName, password = BrowserFixture.DemoPassword }, TestContext.Current.CancellationToken);
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        return http;
    }

    private static async Task<JsonObject> SendAsync(HttpClient http, HttpMethod method, string url, JsonNode? body, int version)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\""));
        if (body is not null)
            request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
