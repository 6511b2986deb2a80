using System.Net;
using System.Text.RegularExpressions;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, CSRF: every Razor page form (the handlers are read from the app, not listed) refuses a POST that carries the
/// sign-in cookie — and the antiforgery cookie, as a forged cross-site post from the user's browser would — but no
/// antiforgery token: 400, nothing written. Signed-out forms (sign-in, the public complaint) refuse it too.
/// </summary>
public abstract partial class CsrfTests(AppFixture app, IHostileApp hostile)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Handlers that opt out of antiforgery on purpose, each with the reason; any other opt-out fails the test.</summary>
    private static readonly Dictionary<string, string> OptedOut = new(StringComparer.Ordinal)
    {
        ["/Account/Language"] = "only sets the UI-language cookie and redirects to a local URL: nothing of the user's to forge",
        ["/Error"] = "the error page re-executed for a failed request; it does nothing",
    };

    [Fact, Trait("Clause", "4.4d")]
    public async Task Every_page_form_posted_with_the_cookie_but_without_the_antiforgery_token_is_400_and_writes_nothing()
    {
        var posts = await PageCatalog.PostsAsync(app.Services);
        Assert.True(posts.Count > 40, $"only {posts.Count} page handlers found");
        var sessions = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? fresh = null;
        var failures = new List<string>();
        var tried = 0;
        foreach (var post in posts)
        {
            if (post.IgnoresAntiforgery)
            {
                if (!OptedOut.ContainsKey(post.Page))
                    failures.Add($"{post}: opts out of antiforgery without a recorded reason");
                continue;
            }
            foreach (var user in new string?[] { null }.Concat(Callers.Demo.Select(d => d.User)))
            {
                var client = await SessionAsync(sessions, user);
                var (status, location, written) = await ForgeAsync(client, post);
                if (status == HttpStatusCode.TooManyRequests)
                {
                    // The public complaint forms are rate-limited per address, and the API suite may have spent the
                    // allowance: the forged post goes to a second instance of the app (same database, its own limits).
                    fresh ??= app.Host(_ => { });
                    using var other = fresh.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                    await other.GetAsync("/Account/Login", Ct); // the antiforgery cookie, as the browser has it
                    (status, location, written) = await ForgeAsync(other, post);
                }
                if (status == HttpStatusCode.Redirect && (location.Contains("/Account/Login", StringComparison.Ordinal)
                    || location.Contains("/Account/AccessDenied", StringComparison.Ordinal)) || status == HttpStatusCode.Forbidden)
                    continue; // not this user's page: the next one may reach it
                tried++;
                if (status != HttpStatusCode.BadRequest)
                    failures.Add($"{post} as {user ?? "anonymous"}: {(int)status} {location}");
                if (written.Count > 0)
                    failures.Add($"{post} as {user ?? "anonymous"}: wrote {string.Join(", ", written)}");
                break;
            }
        }
        foreach (var client in sessions.Values)
            client.Dispose();
        if (fresh is not null)
            await fresh.DisposeAsync();
        Assert.True(failures.Count == 0, $"{failures.Count} of {tried} forms:\n" + string.Join("\n", failures));
        Assert.True(tried > 40, $"only {tried} forms could be reached");
    }

    /// <summary>A form post as a forging page would send it: the browser's cookies, a plausible field, no token.</summary>
    private async Task<(HttpStatusCode Status, string Location, IReadOnlyList<string> Written)> ForgeAsync(HttpClient client, PagePost post)
    {
        var probe = "csrf-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, post.Url)
        {
            Content = new FormUrlEncodedContent([new("Input.Name", "伪造"), new("Reason", "伪造的请求"), new("id", "1")]),
        };
        request.Headers.TryAddWithoutValidation(WriteRecorder.Header, probe);
        using var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, response.Headers.Location?.OriginalString ?? "", hostile.Writes.Take(probe));
    }

    /// <summary>A cookie session (signed in through the sign-in form, antiforgery cookie included), or a signed-out one.</summary>
    private async Task<HttpClient> SessionAsync(Dictionary<string, HttpClient> sessions, string? user)
    {
        var key = user ?? "";
        if (sessions.TryGetValue(key, out var existing))
            return existing;
        var client = app.Anonymous();
        var form = await client.GetStringAsync("/Account/Login", Ct);
        if (user is not null)
        {
            var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", Token().Match(form).Groups[1].Value), new("Input.UserName", user), new("Input.Password", "Demo2026pass"),
            ]), Ct);
            Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"sign-in of {user}: {(int)signIn.StatusCode}");
        }
        sessions[key] = client;
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

}

[Collection(OnHostileSqlite.Name)]
public sealed class CsrfSqliteTests(HostileSqliteApp app) : CsrfTests(app, app);

[Collection(OnHostilePostgres.Name)]
public sealed class CsrfPostgresTests(HostilePostgresApp app) : CsrfTests(app, app);
