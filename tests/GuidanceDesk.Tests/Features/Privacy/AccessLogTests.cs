using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Privacy.PrivacyKit;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>访问记录 (4.6.2b, R-4.4d): the head sees who accessed a person's record; the worker sees which roles did.</summary>
public abstract class AccessLogTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "4.4")]
    public async Task The_head_lists_who_read_searched_and_changed_the_record_and_the_worker_sees_the_roles_without_names()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "访问记录本人");
        await counselor.GetFromJsonOkAsync($"/api/v1/workers/{me.Id}");
        await counselor.PostOkAsync("/api/v1/workers/search", new JsonObject { ["name"] = "访问记录本" });
        var caseId = (long)(await OpenCaseAsync(counselor, me.Id))["id"]!;
        await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        using var worker = await app.ClientAsAsync(me.UserName);
        await worker.GetFromJsonOkAsync("/api/v1/me/worker");
        await app.FlushAuditAsync();

        using var head = await app.ClientAsAsync("head");
        var log = await head.GetFromJsonOkAsync($"/api/v1/workers/{me.Id}/access-log?pageSize=200");
        var items = log["items"].Objects().ToList();
        Assert.Contains(items, a => (string?)a["userName"] == "counselor" && (string?)a["action"] == "View" && (string?)a["entityType"] == "Worker");
        Assert.Contains(items, a => (string?)a["userName"] == "counselor" && (string?)a["action"] == "Search");
        Assert.Contains(items, a => (string?)a["userName"] == "counselor" && (string?)a["entityType"] == "GuidanceCase");
        Assert.Contains(items, a => (string?)a["userName"] == "counselor" && (string?)a["action"] == "Create");
        var counselorEntry = items.First(a => (string?)a["userName"] == "counselor");
        Assert.Contains("职业指导人员", counselorEntry["roles"]!.AsArray().Select(r => (string?)r));
        Assert.False(string.IsNullOrEmpty((string?)counselorEntry["unitName"]));
        var page = await head.GetStringAsync($"/Workers/Access/{me.Id}", Ct);
        Assert.Contains("data-list=\"access\"", page, StringComparison.Ordinal);
        Assert.Contains("counselor", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Workers/Access/{me.Id}\"", await head.GetStringAsync($"/Workers/Details/{me.Id}", Ct), StringComparison.Ordinal);

        // Only the head: the counselor and the manager read the record, not its trail.
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync($"/api/v1/workers/{me.Id}/access-log", Ct)).StatusCode);
        using var manager = await app.ClientAsAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/v1/workers/{me.Id}/access-log", Ct)).StatusCode);

        // The worker's own view: roles and units, no staff names, no own reads.
        var mine = await worker.GetFromJsonOkAsync("/api/v1/portal/access-log");
        var seen = mine["items"].Objects().ToList();
        Assert.NotEmpty(seen);
        Assert.All(seen, a => Assert.Null(a["userName"]));
        Assert.Contains(seen, a => a["roles"]!.AsArray().Any(r => (string?)r == "职业指导人员"));
        Assert.DoesNotContain(seen, a => a["roles"]!.AsArray().Any(r => (string?)r == "劳动者"));
        var portalPage = await worker.GetStringAsync("/Portal/Privacy/Access", Ct);
        Assert.Contains("职业指导人员", portalPage, StringComparison.Ordinal);
        Assert.DoesNotContain("counselor", portalPage, StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class AccessLogSqliteTests(SqliteApp app) : AccessLogTests(app);

[Collection(OnPostgres.Name)]
public sealed class AccessLogPostgresTests(PostgresApp app) : AccessLogTests(app);
