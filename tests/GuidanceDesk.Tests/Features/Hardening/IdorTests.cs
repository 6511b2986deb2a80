using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, IDOR on every endpoint: the ids of a record of another unit (staff) or of another person (portal) are answered
/// as if the record did not exist — 403 or 404, never the record, never a change — whatever the endpoint and method.
/// The endpoints are read from the app; the ids are found as the owner would find them (their lists and records).
/// </summary>
public abstract class IdorTests(AppFixture app, IHostileApp hostile)
{
    /// <summary>Collections whose records belong to a unit or a person (staff of another unit must not reach them).</summary>
    public static readonly IReadOnlySet<string> UnitOwned = new HashSet<string>(StringComparer.Ordinal)
    {
        "workers", "employers", "appointments", "cases", "archive", "risk-alerts", "group-sessions", "employer-cases", "placements",
        "assessments", "reports", "complaints", "quality", "quarterly-summaries", "worklist", "notifications", "matching",
        "surveys", "third-party-evaluations",
    };

    [Fact, Trait("Clause", "4.4d")]
    public async Task Staff_of_another_unit_reach_no_record_of_this_unit_on_any_endpoint()
    {
        await HostileSuite.StartAsync(new(app, hostile));
        using var counselor = await app.ClientAsAsync("counselor");
        var worker = await NewWorkerAsync(counselor, "越权测试");
        var (caseId, _) = await CaseInFollowUpAsync(counselor, worker, Day(0), Day(60));
        var appointment = (long)(await BookSoonAsync(counselor, worker, await StaffIdAsync(app, "counselor")))["id"]!;
        var upload = await Archive.ArchiveKit.UploadAsync(counselor, caseId, Archive.ArchiveKit.Pdf(), "证明.pdf");
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var archiveItem = (long)(await upload.BodyAsync())["id"]!;
        var roots = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["workers"] = worker, ["cases"] = caseId, ["appointments"] = appointment, ["archive"] = archiveItem,
        };
        var checkedOps = await CompareAsync(["manager", "head", "counselor", "custodian"], "counselor2", roots,
            op => UnitOwned.Contains(Collection(op)));
        Assert.True(checkedOps.Count > 60, $"only {checkedOps.Count} operations had records to try:\n" + string.Join("\n", checkedOps));
    }

    /// <summary>What every worker of a unit shares by design: the instrument catalogue, and signing up for (or out of) the unit's open sessions.</summary>
    private static bool SharedWithEveryWorker(ApiOperation op) => Collection(op) == "instruments"
        || op.Pattern.EndsWith("/sign-up", StringComparison.Ordinal) || op.Pattern == "/api/v1/portal/group-sessions/{id:long}/cancel";

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_worker_reaches_nothing_of_another_worker_on_any_endpoint()
    {
        // The demo worker's own case (with a message), appointment and complaint, made through the API.
        await HostileSuite.StartAsync(new(app, hostile));
        var self = (await DemoUsers.FindAsync(app, "worker")).WorkerId!.Value;
        using (var counselor = await app.ClientAsAsync("counselor"))
        {
            var caseId = await Safety.SafetyKit.OpenCaseOfAsync(counselor, self);
            await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/messages", new JsonObject { ["body"] = "请按时参加面谈" });
            await BookSoonAsync(counselor, self, await StaffIdAsync(app, "counselor"));
        }
        using (var worker = await app.ClientAsAsync("worker"))
        {
            var complaint = await worker.PostJsonAsync("/api/v1/portal/complaints", new JsonObject
            {
                ["serviceUnitId"] = (await DemoUsers.FindAsync(app, "counselor")).ServiceUnitId, ["category"] = "ServiceAttitude",
                ["description"] = "窗口人员态度不好，没有解释清楚政策",
            });
            Assert.True(complaint.IsSuccessStatusCode, await complaint.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        var checkedOps = await CompareAsync(["worker"], "worker2", await PortalAccounts.OwnRecordsAsync(app, "worker"), op => !SharedWithEveryWorker(op), role: "Worker");
        Assert.True(checkedOps.Count > 5, $"only {checkedOps.Count} operations had records to try:\n" + string.Join("\n", checkedOps));
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task An_employer_reaches_nothing_of_another_employer_on_any_endpoint()
    {
        var checkedOps = await CompareAsync(["employer"], PortalAccounts.SecondEmployer, await PortalAccounts.OwnRecordsAsync(app, "employer"), _ => true, role: "Employer");
        Assert.True(checkedOps.Count > 3, $"only {checkedOps.Count} operations had records to try:\n" + string.Join("\n", checkedOps));
    }

    /// <summary>
    /// For each operation in scope: the owner's ids (found as <paramref name="owners"/> would) sent by <paramref name="stranger"/>
    /// must be answered 403/404 — or, where the body is refused before any record is looked at, exactly as a missing id is.
    /// </summary>
    private async Task<List<string>> CompareAsync(string[] owners, string stranger, IReadOnlyDictionary<string, long> roots, Func<ApiOperation, bool> inScope,
        string? role = null)
    {
        var suite = await HostileSuite.StartAsync(new(app, hostile));
        var ids = new RealIds(roots);
        using var outsider = await app.ClientAsAsync(stranger);
        var tried = new List<string>();
        foreach (var op in suite.Operations.Where(o => o.Route.Any(r => r.Constraint is "long" or "int") && inScope(o)))
        {
            if (role is not null && !await Callers.AllowsAsync(app, op, role))
                continue;
            var benign = HostileSuite.BenignUrl(op);
            string? owned = null;
            foreach (var owner in owners)
            {
                using var client = await app.ClientAsAsync(owner);
                var url = await ids.UrlAsync(op, client);
                if (url != benign)
                {
                    owned = url;
                    break;
                }
            }
            if (owned is null)
                continue;
            tried.Add($"{op} {owned}");
            var missing = await suite.Probe.SendAsync(outsider, new HttpMethod(op.Method), benign, suite.BaselineBody(op), Expect.Reject, $"{op} missing");
            var foreign = await suite.Probe.SendAsync(outsider, new HttpMethod(op.Method), owned, suite.BaselineBody(op), Expect.Reject, $"{op} {owned} as {stranger}");
            if (foreign is null || missing is null)
                continue;
            if (foreign.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden) && foreign.StatusCode != missing.StatusCode)
                suite.Probe.Fail($"{op} {owned} as {stranger}", $"{(int)foreign.StatusCode}, where a missing id is {(int)missing.StatusCode}: the record's existence shows");
        }
        suite.Probe.AssertClean($"ids of others as {stranger}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{tried.Count} operations tried with the ids of {string.Join("/", owners)}:\n" + string.Join("\n", tried));
        return tried;
    }

    private static string Collection(ApiOperation op) => op.Pattern.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 2 } s ? s[2] : "";
}

[Collection(OnHostileSqlite.Name)]
public sealed class IdorSqliteTests(HostileSqliteApp app) : IdorTests(app, app);

[Collection(OnHostilePostgres.Name)]
public sealed class IdorPostgresTests(HostilePostgresApp app) : IdorTests(app, app);
