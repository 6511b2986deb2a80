using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>
/// A worker of its own for each privacy test (registered by the 渝中 counselor, with a portal account of its own), so that
/// corrections, withdrawals and deletions never touch the demo workers other tests rely on.
/// </summary>
public static class PrivacyKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record PortalWorker(long Id, string UserName, string IdNumber, string Phone);

    /// <summary>Registers a worker through the API and gives them a portal account (as the hall does at the desk).</summary>
    public static async Task<PortalWorker> PortalWorkerAsync(AppFixture app, HttpClient counselor, string name)
    {
        var idNumber = TestData.NewIdNumber();
        var phone = TestData.NewPhone();
        var id = await NewWorkerAsync(counselor, name, change: w =>
        {
            w["idNumber"] = idNumber;
            w["phone"] = phone;
            w["residenceAddress"] = "解放碑街道民族路100号";
        });
        return new PortalWorker(id, await PortalAccountAsync(app, id, name), idNumber, phone);
    }

    /// <summary>A portal account for a worker who has none yet; returns its user name.</summary>
    public static async Task<string> PortalAccountAsync(AppFixture app, long id, string name)
    {
        var userName = "pw" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = name, WorkerId = id, TwoFactorExempt = true };
        Assert.True((await users.CreateAsync(user, "Demo2026pass")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Worker)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Workers.FirstAsync(w => w.Id == id, Ct)).LinkUser(user.Id);
        await db.SaveChangesAsync(Ct);
        return userName;
    }

    /// <summary>An id as the audit log writes it.</summary>
    public static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A look at the database, written with synchronous queries (<see cref="AppFixture.QueryAsync"/>).</summary>
    public static Task<T> QueryAsync<T>(AppFixture app, Func<AppDbContext, T> query) => app.QueryAsync(query);

    public static JsonObject Correction(string field, string? value, string? details = null) => new()
    {
        ["kind"] = "Correction", ["field"] = field, ["proposedValue"] = value, ["details"] = details,
    };

    public static JsonObject Deletion(string reason = "已找到工作，不再需要服务") => new() { ["kind"] = "Deletion", ["details"] = reason };

    /// <summary>Files a request as the worker; returns it (201).</summary>
    public static async Task<JsonObject> FileAsync(HttpClient worker, JsonObject body)
    {
        var response = await worker.PostJsonAsync("/api/v1/portal/privacy-requests", body);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A request step with the version as If-Match.</summary>
    public static Task<HttpResponseMessage> StepAsync(HttpClient staff, long id, string step, int version, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/privacy-requests/{id}/{step}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(body ?? new JsonObject()),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return staff.SendAsync(request, Ct);
    }
}
