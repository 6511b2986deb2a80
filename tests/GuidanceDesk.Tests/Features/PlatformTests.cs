using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Tests.Features;

/// <summary>Sign-in, lockout, two-factor rule, health, OpenAPI, reference data and the calendar over HTTP.</summary>
public abstract class PlatformTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4d")]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        var userName = await CreateUserAsync(Roles.Counselor, exempt: true);
        using var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "wrong-password" }, Ct)).StatusCode);

        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("锁定", (string)(await locked.BodyAsync())["title"]!, StringComparison.Ordinal);

        // Each attempt is in the audit log under the name that was typed.
        await app.FlushAuditAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<GuidanceDesk.Web.Data.AppDbContext>();
        Assert.Equal(6, await db.AuditEntries.CountAsync(a => a.UserName == userName && a.Action == GuidanceDesk.Web.Domain.AuditAction.SignInFailed, TestContext.Current.CancellationToken));
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_head_without_a_second_factor_is_refused_until_one_is_set_up()
    {
        var userName = await CreateUserAsync(Roles.Head, exempt: false);
        using var anonymous = app.Anonymous();
        var token = await (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password }, Ct)).BodyAsync();
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token["accessToken"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/units", Ct)).StatusCode);

        // The same rule does not apply to a counselor (configurable; default Admin and Head).
        var counselor = await CreateUserAsync(Roles.Counselor, exempt: false);
        var counselorToken = await (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = counselor, password = Password }, Ct)).BodyAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)counselorToken["accessToken"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task Pages_need_sign_in_and_the_sign_in_page_is_Chinese_first()
    {
        using var client = app.Anonymous();
        var workers = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, workers.StatusCode);
        Assert.StartsWith("/Account/Login", workers.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var login = await client.GetStringAsync("/Account/Login", Ct);
        Assert.Contains("登录", login, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", login, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.4c")]
    public async Task Health_and_the_OpenAPI_document_are_served()
    {
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);
        var openApi = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct);
        var paths = openApi!["paths"]!.AsObject();
        foreach (var path in new[] { "/api/v1/units", "/api/v1/staff", "/api/v1/workers", "/api/v1/employers", "/api/v1/auth/token" })
            Assert.True(paths.ContainsKey(path), path);
    }

    [Fact, Trait("Clause", "7.1.2")]
    public async Task The_calendar_answers_working_days_and_refuses_an_unknown_year()
    {
        using var client = await app.ClientAsAsync("counselor");
        // Friday before the 2026 National Day holiday: two working days later is Friday 9 October.
        var due = await (await client.GetAsync("/api/v1/reference/calendar/2026-09-30/add/2", Ct)).BodyAsync();
        Assert.Equal("2026-10-09", (string?)due["date"]);
        var unknown = await client.GetAsync("/api/v1/reference/calendar/2027-03-01", Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(2027, (int)(await unknown.BodyAsync())["year"]!);
    }

    [Fact, Trait("Clause", "4.6.2d")]
    public async Task Occupations_districts_and_townships_are_served_for_the_forms()
    {
        using var client = await app.ClientAsAsync("counselor");
        var found = await client.GetFromJsonAsync<JsonArray>("/api/v1/reference/occupations?q=" + Uri.EscapeDataString("软件"), TestData.Json, Ct);
        Assert.Contains(found!, o => (string)o!["code"]! == "2-02-10-03");
        var districts = await client.GetFromJsonAsync<JsonArray>("/api/v1/reference/districts", TestData.Json, Ct);
        Assert.Equal(38, districts!.Count);
        var townships = await client.GetFromJsonAsync<JsonArray>("/api/v1/reference/districts/500103/townships", TestData.Json, Ct);
        Assert.Contains(townships!, t => ((string)t!["name"]!).Contains("解放碑", StringComparison.Ordinal));
    }

    private const string Password = "Test-Pass-2026";

    private async Task<string> CreateUserAsync(string role, bool exempt)
    {
        app.SkipIfUnavailable();
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "t" + Guid.NewGuid().ToString("N")[..10], DisplayName = "测试", ServiceUnitId = 1, TwoFactorExempt = exempt };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.UserName;
    }
}

[Collection(OnSqlite.Name)]
public sealed class PlatformSqliteTests(SqliteApp app) : PlatformTests(app);

[Collection(OnPostgres.Name)]
public sealed class PlatformPostgresTests(PostgresApp app) : PlatformTests(app);
