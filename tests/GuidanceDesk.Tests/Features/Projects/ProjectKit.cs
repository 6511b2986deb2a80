using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Projects;

/// <summary>Steps shared by the guidance-project tests: a design, a project created and started, a manager of another unit.</summary>
public static class ProjectKit
{
    public const string Api = "/api/v1/guidance-projects";

    /// <summary>A full design: five indicators (three counted, satisfaction, one custom), a schedule, lead and a member.</summary>
    public static JsonObject Design(long leadId, string title, long? memberId = null) => new()
    {
        ["title"] = title,
        ["needsAnalysis"] = "本区2026届高校毕业生离校未就业人数较多，普遍缺乏求职方法和职业方向。",
        ["targetGroup"] = "渝中区2026届离校未就业高校毕业生",
        ["criteria"] = new JsonObject { ["districtCode"] = "500103", ["groups"] = new JsonArray("CollegeGraduate"), ["graduationYear"] = 2026 },
        ["objectives"] = "帮助目标群体明确职业方向，三个月内实现就业。",
        ["indicators"] = new JsonArray(
            new JsonObject { ["kind"] = "PeopleReached", ["target"] = 2 },
            new JsonObject { ["kind"] = "ServicesGiven", ["target"] = 8 },
            new JsonObject { ["kind"] = "EmploymentOutcomes", ["target"] = 2 },
            new JsonObject { ["kind"] = "Satisfaction", ["target"] = 90 },
            new JsonObject { ["kind"] = "Custom", ["name"] = "专场招聘会", ["target"] = 2, ["unit"] = "场" }),
        ["schedule"] = new JsonArray(
            new JsonObject { ["kind"] = "GroupSession", ["title"] = "求职技巧团体辅导", ["plannedOn"] = Day(5) },
            new JsonObject { ["kind"] = "Assessment", ["title"] = "职业兴趣测评", ["plannedOn"] = Day(10) }),
        ["leadStaffId"] = leadId,
        ["memberStaffIds"] = memberId is { } m ? new JsonArray(m) : new JsonArray(),
        ["budgetNotes"] = "场地由中心提供；资料印刷约2000元。",
        ["periodStart"] = Day(-30),
        ["periodEnd"] = Day(60),
    };

    /// <summary>Created by the manager and started; returns the project's view.</summary>
    public static async Task<JsonObject> ActiveProjectAsync(AppFixture app, HttpClient manager, string title)
    {
        var created = await manager.PostOkAsync(Api, Design(await GuidanceKit.StaffIdAsync(app, "manager"), title, await GuidanceKit.StaffIdAsync(app, "counselor")));
        return await manager.PostOkAsync($"{Api}/{(long)created["id"]!}/activate", new JsonObject());
    }

    public static Task<HttpResponseMessage> LinkCaseAsync(HttpClient client, long projectId, long caseId) =>
        client.PostJsonAsync($"{Api}/{projectId}/cases", new JsonObject { ["caseId"] = caseId });

    /// <summary>A manager of the 江北 centre (the demo has none): signs in like any demo user.</summary>
    public static async Task<string> OtherUnitManagerAsync(AppFixture app)
    {
        var jiangbei = (await DemoUsers.FindAsync(app, "counselor2")).ServiceUnitId;
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "mgr" + Guid.NewGuid().ToString("N")[..8], DisplayName = "江北管理", ServiceUnitId = jiangbei, TwoFactorExempt = true };
        Assert.True((await users.CreateAsync(user, "Demo2026pass")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Manager)).Succeeded);
        return user.UserName;
    }

    public static async Task<JsonObject> ProgressAsync(HttpClient client, long projectId) =>
        await client.GetFromJsonOkAsync($"{Api}/{projectId}/progress");

    public static JsonObject Indicator(JsonObject progress, string kind) =>
        progress["indicators"].Objects().Single(i => (string)i["kind"]! == kind);

    public static async Task ExpectAsync(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
