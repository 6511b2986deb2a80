using System.Net;
using System.Text.RegularExpressions;
using GuidanceDesk.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceDesk.Tests.Features.Security;

/// <summary>
/// Staff sessions end after 30 idle minutes and after 12 hours however busy (4.4d, MLPS level 3). The app runs on a
/// fake clock here, so the test walks through a day without waiting.
/// </summary>
[Collection(OnSqlite.Name)]
public sealed partial class SessionTimeoutTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4d")]
    public async Task An_idle_session_ends_after_thirty_minutes_and_an_active_one_is_kept()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = OnClock(clock);
        using var browser = await SignInAsync(factory, "counselor");

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(25)); // 45 minutes after signing in, 25 after the last request
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/Account/Login", idle.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task No_session_outlives_twelve_hours_even_when_busy()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = OnClock(clock);
        using var browser = await SignInAsync(factory, "counselor");
        for (var minutes = 0; minutes < 11 * 60 + 50; minutes += 20)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);
        }
        clock.Advance(TimeSpan.FromMinutes(20));
        var late = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.StartsWith("/Account/Login", late.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> OnClock(FakeTimeProvider clock) =>
        app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await browser.GetStringAsync("/Account/Login", Ct);
        var token = TokenField().Match(form).Groups[1].Value;
        var signedIn = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = "Demo2026pass",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);
        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
