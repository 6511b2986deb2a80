using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, least privilege: the case page and every case write read the case by id and then ask
/// <see cref="CurrentUser.CanRead"/> whether the caller may have it; lists filter with <c>CurrentUser.Scope</c>. The two
/// must agree for every role on every case, or a case could be opened by id that no list shows (or the reverse).
/// </summary>
public abstract class CaseReachTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Everyone =
        ["admin", "head", "manager", "counselor", "counselor2", "custodian", "evaluator", "worker", "worker2", "employer"];

    [Fact, Trait("Clause", "4.4d")]
    public async Task Reading_a_case_by_id_reaches_exactly_the_cases_each_role_may_list()
    {
        // The kinds of reach: one's own case, a case referred to a counselor of another unit, an unassigned case of the
        // unit; the shared fixture adds whatever other tests made (the demo worker's own case among them: it is not
        // opened here, as other tests open it and expect none to be open).
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, referred) = await CaseWithRecordAsync(counselor, "可达范围转介");
        await SentToAsync(counselor, referred, await StaffIdAsync(app, "counselor2"));
        var demoWorker = (await DemoUsers.FindAsync(app, "worker")).WorkerId!.Value;
        var unassigned = await UnassignedCaseAsync(counselor);

        foreach (var name in Everyone)
        {
            await using var scope = app.Scope();
            // Set here, not in a helper: the accessor keeps the context in an AsyncLocal, which an awaited method's
            // change would not hand back to its caller.
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
                new DefaultHttpContext { User = await PrincipalAsync(scope.ServiceProvider, name) };
            var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var listed = await user.Scope(db.GuidanceCases).Select(c => c.Id).OrderBy(id => id).ToListAsync(Ct);
            var byId = (await db.GuidanceCases.AsNoTracking().ToListAsync(Ct)).Where(user.CanRead).Select(c => c.Id).Order().ToList();
            Assert.Equal(listed, byId);

            // counselor2 and worker2 belong to the other demo unit (江北区); the rest of the staff to 渝中区.
            long[] expected = name switch
            {
                "counselor" => [referred, unassigned],
                "manager" or "head" or "custodian" => [referred, unassigned],
                "counselor2" => [referred],
                _ => [],
            };
            Assert.All(expected, id => Assert.Contains(id, byId));
            if (name is "admin" or "evaluator" or "employer")
                Assert.Empty(byId);
            if (name == "worker")
                Assert.Equal(await db.GuidanceCases.Where(c => c.WorkerId == demoWorker).Select(c => c.Id).OrderBy(id => id).ToListAsync(Ct), byId);
        }
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_case_outside_ones_reach_is_answered_as_missing_on_the_page_and_on_a_write()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, id) = await CaseWithRecordAsync(counselor, "可达范围拒绝");
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}", Ct)).StatusCode);
        var write = await other.PostJsonAsync($"/api/v1/cases/{id}/records", RecordAnHourAgo());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, write.StatusCode);
        var after = await counselor.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        Assert.Single(after["records"]!.AsArray());
    }

    /// <summary>A case of the counselor's unit that nobody has taken on yet (the API always assigns the opener).</summary>
    private async Task<long> UnassignedCaseAsync(HttpClient counselor)
    {
        var worker = await NewWorkerAsync(counselor, "可达范围待分配");
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unit = await db.Workers.Where(w => w.Id == worker).Select(w => w.ServiceUnitId).SingleAsync(Ct);
        var c = new GuidanceCase(unit, worker, Channel.Offline, new Actor("test", "测试"), "建立个案", DateTimeOffset.UtcNow);
        db.GuidanceCases.Add(c);
        await db.SaveChangesAsync(Ct);
        return c.Id;
    }

    /// <summary>The claims the user signs in with (roles, unit, staff or portal identity).</summary>
    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var account = await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(account!);
    }
}

[Collection(OnSqlite.Name)]
public sealed class CaseReachSqliteTests(SqliteApp app) : CaseReachTests(app);

[Collection(OnPostgres.Name)]
public sealed class CaseReachPostgresTests(PostgresApp app) : CaseReachTests(app);
