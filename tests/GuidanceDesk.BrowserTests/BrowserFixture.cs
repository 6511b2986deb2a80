using System.Collections.Concurrent;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(GuidanceDesk.BrowserTests.BrowserFixture))]

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// One app and one Chromium for the whole run. The system Chromium is used (never a downloaded one: no
/// <c>playwright install</c>); without it the tests skip, or fail when GUIDANCEDESK_REQUIRE_BROWSER=1 (CI).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "Demo2026pass";

    // Console errors per page: a Content-Security-Policy violation (an inline script or style) shows up here.
    private static readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> Errors = new();

    private IPlaywright? _playwright;
    private AppServer? _server;
    private IBrowser? _browser;

    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("The app is not running.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not running.");

    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium not found at {ChromiumPath} (Debian: apt-get install -y chromium fonts-noto-cjk).";
            return;
        }
        Assertions.SetDefaultExpectTimeout(20_000);
        _server = await AppServer.StartAsync(TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>Call first in every test: skips (or fails on CI) when there is no browser.</summary>
    public void RequireBrowser()
    {
        if (Unavailable is null)
            return;
        if (Environment.GetEnvironmentVariable("GUIDANCEDESK_REQUIRE_BROWSER") == "1")
            Assert.Fail(Unavailable + " GUIDANCEDESK_REQUIRE_BROWSER=1 requires browser tests to run.");
        Assert.Skip(Unavailable);
    }

    /// <summary>A fresh browser context (own cookies) at the given viewport, signed in as a demo user.</summary>
    public async Task<IPage> SignInAsync(string userName, int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        // Generous timeouts: CI machines and this project's 2-core box are often busy building something else.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        var errors = Errors.GetOrAdd(page, _ => new());
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Enqueue($"{message.Location}: {message.Text}");
        };
        page.PageError += (_, error) => errors.Enqueue(error);
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(DemoPassword);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>What the browser reported as errors on this page so far (script errors, CSP violations, failed loads).</summary>
    public static IReadOnlyCollection<string> ConsoleErrors(IPage page) => Errors.TryGetValue(page, out var e) ? [.. e] : [];

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
