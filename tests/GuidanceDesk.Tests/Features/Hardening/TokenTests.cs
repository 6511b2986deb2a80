using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, expired and invalid tokens: a tampered, truncated, foreign or expired bearer token is a 401 that says nothing
/// about why (no exception, no key, no claims), and so is an expired, tampered or misused refresh token. The expired
/// tokens are the app's own tokens re-signed with the expiry moved into the past, so that expiry is all that differs.
/// </summary>
public abstract class TokenTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_tampered_garbage_or_expired_bearer_token_is_a_bare_401()
    {
        var tokens = await SignInAsync();
        var access = (string)tokens["accessToken"]!;
        var protector = Options().BearerTokenProtector;
        var ticket = protector.Unprotect(access)!;

        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(protector.Protect(Moved(ticket, TimeSpan.FromMinutes(30))))).StatusCode); // the control
        var bad = new Dictionary<string, string>
        {
            ["expired"] = protector.Protect(Moved(ticket, TimeSpan.FromMinutes(-1))),
            ["expired-long-ago"] = protector.Protect(Moved(ticket, TimeSpan.FromDays(-400))),
            ["tampered"] = Tamper(access),
            ["truncated"] = access[..(access.Length / 2)],
            ["garbage"] = "not-a-token",
            ["10k"] = new string('A', 10_000),
            ["script"] = "<script>alert(1)</script>",
            ["refresh-as-access"] = (string)tokens["refreshToken"]!,
        };
        foreach (var (name, token) in bad)
        {
            var response = await GetMeAsync(token);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {(int)response.StatusCode}");
            await AssertSaysNothingAsync(response, name);
        }
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task An_expired_tampered_or_misused_refresh_token_is_refused_cleanly()
    {
        var tokens = await SignInAsync();
        var refresh = (string)tokens["refreshToken"]!;
        var protector = Options().RefreshTokenProtector;
        var ticket = protector.Unprotect(refresh)!;
        using var anonymous = app.Anonymous();

        var fresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = protector.Protect(Moved(ticket, TimeSpan.FromHours(1))) }, Ct);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode); // the control
        var bad = new Dictionary<string, JsonNode?>
        {
            ["expired"] = protector.Protect(Moved(ticket, TimeSpan.FromMinutes(-1))),
            ["tampered"] = Tamper(refresh),
            ["access-as-refresh"] = (string)tokens["accessToken"]!,
            ["garbage"] = "not-a-token",
            ["over-long"] = new string('A', 20_000),
            ["number"] = 12345,
            ["null"] = null,
        };
        foreach (var (name, token) in bad)
        {
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new JsonObject { ["refreshToken"] = token }, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
            await AssertSaysNothingAsync(response, name);
            Assert.False(response.Content.Headers.ContentLength > 0 && (await response.Content.ReadAsStringAsync(Ct)).Contains("accessToken", StringComparison.Ordinal),
                $"{name}: a token was issued");
        }
    }

    private async Task<JsonObject> SignInAsync()
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "counselor", password = "Demo2026pass" }, Ct);
        response.EnsureSuccessStatusCode();
        return await response.BodyAsync();
    }

    private BearerTokenOptions Options() =>
        app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);

    /// <summary>The same ticket, expiring <paramref name="fromNow"/> from now (issued an hour before that).</summary>
    private static AuthenticationTicket Moved(AuthenticationTicket ticket, TimeSpan fromNow)
    {
        var properties = ticket.Properties.Clone();
        properties.ExpiresUtc = DateTimeOffset.UtcNow + fromNow;
        properties.IssuedUtc = properties.ExpiresUtc - TimeSpan.FromHours(1);
        return new AuthenticationTicket(ticket.Principal, properties, ticket.AuthenticationScheme);
    }

    private static string Tamper(string token)
    {
        var middle = token.Length / 2;
        return token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
    }

    private async Task<HttpResponseMessage> GetMeAsync(string token)
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/workers", Ct);
    }

    /// <summary>Empty, or a problem that names no exception, key or claim.</summary>
    private static async Task AssertSaysNothingAsync(HttpResponseMessage response, string name)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        foreach (var leak in new[] { "Exception", "   at ", "Cryptographic", "DataProtection", "key", "claim", "counselor" })
            Assert.False(body.Contains(leak, StringComparison.OrdinalIgnoreCase), $"{name}: the answer mentions {leak}: {body}");
        if (body.Length > 0)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

[Collection(OnSqlite.Name)]
public sealed class TokenSqliteTests(SqliteApp app) : TokenTests(app);

[Collection(OnPostgres.Name)]
public sealed class TokenPostgresTests(PostgresApp app) : TokenTests(app);
