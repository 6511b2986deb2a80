using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Privacy.PrivacyKit;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>我的数据 (4.6.2b): the worker sees and downloads everything held about them, on both databases.</summary>
public abstract class MyDataTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Categories =
    [
        "intentions", "experience", "consents", "appointments", "cases", "guidanceRecords", "plans", "followUps", "messages", "notifications",
        "assessmentPlans", "assessments", "reports", "referrals", "placements", "training", "groupSessions", "surveys", "complaints", "archive",
        "requests", "accessLog",
    ];

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "4.4")]
    public async Task The_worker_sees_every_category_and_downloads_all_of_it_with_their_own_identifiers_and_both_are_audited()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "数据本人");
        var caseId = await CaseInGuidanceAsync(counselor, me.Id);
        await counselor.PostOkAsync($"/api/v1/cases/{caseId}/records", Record());
        Assert.True((await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/messages", new JsonObject { ["body"] = "下周三上午请来中心面谈" })).IsSuccessStatusCode);
        using var worker = await app.ClientAsAsync(me.UserName);

        var page = await worker.GetStringAsync("/Portal/Privacy", Ct);
        Assert.Contains(me.IdNumber, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Portal/Privacy?handler=Download\"", page, StringComparison.Ordinal);
        Assert.Contains("/Portal/Privacy", await worker.GetStringAsync("/Portal/Profile", Ct), StringComparison.Ordinal);

        var api = await worker.GetAsync("/api/v1/portal/my-data", Ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("utf-8", api.Content.Headers.ContentType?.CharSet);
        var doc = JsonNode.Parse(await api.Content.ReadAsStringAsync(Ct))!.AsObject();
        Assert.Equal("guidancedesk-my-data/1", (string?)doc["format"]);
        Assert.Equal(me.IdNumber, (string?)doc["person"]!["idNumber"]);
        Assert.Equal(me.Phone, (string?)doc["person"]!["phone"]);
        var byKey = doc["categories"]!.AsArray().ToDictionary(c => (string)c!["key"]!, c => c!.AsObject());
        Assert.Equal(Categories, byKey.Keys);
        Assert.Equal(1, (int)byKey["cases"]["count"]!);
        Assert.Equal("应届毕业生，求职三个月未果", (string?)byKey["cases"]["items"]![0]!["intake"]!["situation"]);
        Assert.Contains(byKey["guidanceRecords"]["items"]!.AsArray(), r => (string?)r!["content"] == "分析职业兴趣，讲解求职方法");
        Assert.Contains(byKey["messages"]["items"]!.AsArray(), m => (string?)m!["body"] == "下周三上午请来中心面谈");
        Assert.Contains(byKey["consents"]["items"]!.AsArray(), c => (string?)c!["kind"] == "ServiceAgreement");
        Assert.NotEmpty(doc["notIncluded"]!.AsArray());
        // The page lists what is held with its count, and names in one line the kinds with nothing held.
        foreach (var (key, category) in byKey)
        {
            if ((int)category["count"]! > 0)
                Assert.Contains($"data-category=\"{key}\"", page, StringComparison.Ordinal);
            else
                Assert.Contains((string)category["title"]!, page, StringComparison.Ordinal);
        }

        var file = await worker.GetAsync("/Portal/Privacy?handler=Download", Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("数据本人", text, StringComparison.Ordinal); // Chinese stays readable, not \u-escaped

        await app.FlushAuditAsync();
        var workerKey = Key(me.Id);
        var trail = await QueryAsync(app, db => db.AuditEntries.Where(a => a.EntityType == "Worker" && a.EntityId == workerKey)
            .Select(a => new { a.Action, a.Fields }).ToList());
        Assert.Contains(trail, a => a.Action == AuditAction.View && a.Fields == "self; my-data");
        Assert.Equal(2, trail.Count(a => a.Action == AuditAction.Export && a.Fields == "self; my-data.json"));
    }

    [Fact, Trait("Clause", "4.6.2b")]
    public async Task The_demo_worker_with_data_in_every_area_downloads_it_and_nobody_else_reaches_it()
    {
        // The demo portal worker (group sessions, surveys), and the demo seekers with a case, an issued report and a placement.
        var assessed = await QueryAsync(app, db => db.CareerTendencyReports.Where(r => r.Status == ReportStatus.Issued).Select(r => r.WorkerId).First());
        var placed = await QueryAsync(app, db => db.Placements.Select(p => p.WorkerId).First());
        var guided = await QueryAsync(app, db => db.GuidanceRecords.Where(r => r.CaseId != null).Select(r => r.WorkerId).First());
        var expected = new (string User, string[] Keys)[]
        {
            ("worker", ["consents", "groupSessions", "surveys"]),
            (await PortalAccountAsync(app, assessed, "测评演示"), ["assessmentPlans", "assessments", "reports"]),
            (await PortalAccountAsync(app, placed, "推荐演示"), ["placements"]),
            (await PortalAccountAsync(app, guided, "个案演示"), ["cases", "guidanceRecords"]),
        };
        foreach (var (user, keys) in expected)
        {
            using var worker = await app.ClientAsAsync(user);
            var doc = JsonNode.Parse(await worker.GetStringAsync("/api/v1/portal/my-data", Ct))!.AsObject();
            var counts = doc["categories"]!.AsArray().ToDictionary(c => (string)c!["key"]!, c => (int)c!["count"]!);
            foreach (var key in keys)
                Assert.True(counts[key] > 0, $"{user}: {key}");
            Assert.Contains($"data-category=\"{keys[0]}\"", await worker.GetStringAsync("/Portal/Privacy", Ct), StringComparison.Ordinal);
        }

        // Staff and employers are not the person: the portal's data is for the worker alone.
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/api/v1/portal/my-data", Ct)).StatusCode);
        using var employer = await app.ClientAsAsync("employer");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync("/api/v1/portal/my-data", Ct)).StatusCode);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/portal/my-data", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class MyDataSqliteTests(SqliteApp app) : MyDataTests(app);

[Collection(OnPostgres.Name)]
public sealed class MyDataPostgresTests(PostgresApp app) : MyDataTests(app);
