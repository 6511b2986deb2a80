using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using MiniExcelLibs;
using static GuidanceDesk.Tests.Features.Quality.ConformanceKit;

namespace GuidanceDesk.Tests.Features.Quality;

/// <summary>
/// Third-party evaluation (9.2.3): the head grants an evaluator a unit and period; the evaluator sees only de-identified
/// data — a stable pseudonym, no name, identity number or phone of any worker, in the pages, the API and the export.
/// </summary>
public abstract class EvaluationTests(AppFixture app)
{
    private const string Api = "/api/v1/third-party-evaluations";
    private const string Name = "欧阳晓测";
    private const string Phone = "13912345678";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(ConformanceKit Kit, string IdNumber)> UnitWithIdentifiableRecordsAsync()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        var idNumber = "";
        await kit.SeedAsync(async (db, protector) =>
        {
            var (worker, c, _) = await kit.PlanAsync(db, protector);
            idNumber = "500103199001" + (worker.Id % 1000000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            worker.Update(new WorkerDetails(Name, HouseholdType.Urban, null, "500103", null, "解放碑街道某小区1号", Education.Bachelor,
                EmploymentStatus.Unemployed, SpecialGroups.CollegeGraduate, 2024, null, [], []), protector.ProtectForLookup(Phone), At(Day0));
            // What a counselor might type: the name, the surname with 女士, the phone and an identity number.
            db.GuidanceRecords.Add(new GuidanceRecord(kit.UnitId, worker.Id, c.Id, kit.CounselorId, new GuidanceRecordDetails(ServiceKind.Guidance,
                At(Day0.AddDays(2)), 45, Channel.Offline, ServiceItems.CareerGuidance,
                $"{Name}来访咨询求职方向，欧女士留下电话 {Phone}，身份证号 {idNumber}，邮箱 ouyang@example.com。", $"建议{Name}参加招聘会", null, null),
                "test", At(Day0.AddDays(2)), ServedAs.Of(worker)));
        });
        return (kit, idNumber);
    }

    private static async Task<JsonObject> GrantAsync(HttpClient head, long unitId, string evaluatorId) =>
        await head.PostOkAsync(Api, new JsonObject
        {
            ["evaluatorUserId"] = evaluatorId, ["serviceUnitId"] = unitId, ["periodFrom"] = "2025-01-01", ["periodTo"] = "2025-12-31",
            ["accessUntil"] = GuidanceSteps.Day(30), ["purpose"] = "2025年度职业指导服务第三方评价",
        });

    [Fact, Trait("Clause", "9.2.3")]
    public async Task The_evaluator_sees_the_report_and_a_reproducible_sample_with_pseudonyms_and_its_export_holds_no_name_id_or_phone()
    {
        var (kit, idNumber) = await UnitWithIdentifiableRecordsAsync();
        using var head = await app.ClientAsAsync(await CityHeadAsync(app));
        var evaluatorId = (await DemoUsers.FindAsync(app, "evaluator")).Id;
        var grant = await GrantAsync(head, kit.UnitId, evaluatorId);
        var id = (long)grant["id"]!;
        Assert.True((bool)grant["openToday"]!);

        using var evaluator = await app.ClientAsAsync("evaluator");
        var report = await evaluator.GetFromJsonOkAsync($"{Api}/{id}/report");
        Assert.Contains(report["rows"].Objects(), r => (string)r["key"]! == "follow-up-on-time");
        var drawn = await evaluator.PostOkAsync($"{Api}/{id}/sample", new JsonObject { ["size"] = 5, ["seed"] = 42 });
        Assert.Equal((1, 42), (((JsonArray)drawn["sampleCaseIds"]!).Count, (int)drawn["sampleSeed"]!));
        // The same seed over the same population gives the same sample, and a second draw is refused.
        Assert.Equal(drawn["sampleCaseIds"]!.ToJsonString(), new JsonArray([.. ThirdPartyEvaluation.Sample([(long)drawn["sampleCaseIds"]![0]!], 5, 42).Select(x => (JsonNode)x)]).ToJsonString());
        await evaluator.PostJsonAsync($"{Api}/{id}/sample", new JsonObject { ["size"] = 5 }).ProblemAsync((HttpStatusCode)422);

        var caseId = (long)drawn["sampleCaseIds"]![0]!;
        var sampled = await evaluator.GetFromJsonOkAsync($"{Api}/{id}/sample/{caseId}");
        var pseudonym = (string)sampled["person"]!;
        Assert.Matches("^P-[0-9A-F]{10}$", pseudonym);
        Assert.Equal(("女", "大学本科"), ((string)sampled["gender"]!, (string)sampled["education"]!));
        var content = (string)sampled["history"]![0]!["content"]!;
        Assert.Contains(pseudonym, content);
        foreach (var secret in new[] { Name, "欧女士", Phone, idNumber, "ouyang@example.com" })
            Assert.DoesNotContain(secret, content);
        // Stable: the same worker has the same pseudonym in the list.
        var list = await evaluator.GetAsync($"{Api}/{id}/sample", Ct).OkArrayAsync();
        Assert.Equal(pseudonym, (string)list[0]!["person"]!);

        var export = await evaluator.GetAsync($"{Api}/{id}/export.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var text = AllCells(await export.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains(pseudonym, text);
        foreach (var secret in new[] { Name, "欧女士", Phone, idNumber, "ouyang@example.com", "解放碑" })
            Assert.DoesNotContain(secret, text);

        // Findings, then the conclusion ends the data access.
        var withFinding = await evaluator.PostOkAsync($"{Api}/{id}/findings", new JsonObject { ["clause"] = "6.1.5", ["text"] = "抽样个案中有跟进未按期完成", ["severity"] = "MinorNonconformity" });
        Assert.Single((JsonArray)withFinding["findings"]!);
        await evaluator.PostOkAsync($"{Api}/{id}/conclusion", new JsonObject { ["conclusion"] = "服务总体符合标准要求，跟进及时性需改进。" });
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.GetAsync($"{Api}/{id}/report", Ct)).StatusCode);
        Assert.Equal("Completed", (string?)(await head.GetFromJsonOkAsync($"{Api}/{id}"))["status"]);
    }

    [Fact, Trait("Clause", "9.2.3")]
    public async Task Only_the_granted_evaluator_reads_only_while_the_grant_is_open_and_a_unit_head_grants_only_their_unit()
    {
        var (kit, _) = await UnitWithIdentifiableRecordsAsync();
        using var cityHead = await app.ClientAsAsync(await CityHeadAsync(app));
        var evaluatorId = (await DemoUsers.FindAsync(app, "evaluator")).Id;
        var id = (long)(await GrantAsync(cityHead, kit.UnitId, evaluatorId))["id"]!;

        // Staff of another unit do not see it; staff cannot read the de-identified data; a counselor is refused outright.
        using var head = await app.ClientAsAsync("head");
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"{Api}/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cityHead.GetAsync($"{Api}/{id}/report", Ct)).StatusCode);
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync(Api, Ct)).StatusCode);
        // Granting to an account that is not an evaluator is a field error; the unit head's own grant is for their unit.
        var manager = (await DemoUsers.FindAsync(app, "manager")).Id;
        var problem = await head.PostJsonAsync(Api, new JsonObject
        {
            ["evaluatorUserId"] = manager, ["periodFrom"] = "2025-01-01", ["periodTo"] = "2025-12-31", ["accessUntil"] = GuidanceSteps.Day(30), ["purpose"] = "x",
        }).ProblemAsync((HttpStatusCode)422);
        Assert.NotNull(problem["errors"]!["EvaluatorUserId"] ?? problem["errors"]!["evaluatorUserId"]);
        var own = await GrantAsync(head, kit.UnitId, evaluatorId);
        Assert.Equal((long)(await DemoUsers.FindAsync(app, "head")).ServiceUnitId!, (long)own["serviceUnitId"]!);

        // Revoked: the evaluator is refused the data at once.
        using var evaluator = await app.ClientAsAsync("evaluator");
        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"{Api}/{id}/sample", Ct)).StatusCode);
        await cityHead.PostOkAsync($"{Api}/{id}/revoke", new JsonObject());
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.GetAsync($"{Api}/{id}/sample", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "9.2.3")]
    public async Task The_evaluator_reads_the_corrective_actions_of_a_granted_unit_only_while_the_grant_is_open()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        using var cityHead = await app.ClientAsAsync(await CityHeadAsync(app));
        var actionId = (long)(await cityHead.PostJsonAsync(QualityKit.Actions, new JsonObject
        {
            ["serviceUnitId"] = kit.UnitId, ["source"] = "Other", ["sourceText"] = "负责人日常巡查",
            ["action"] = QualityKit.RaiseBody(kit.CounselorId, QualityKit.Today.AddDays(10)),
        }).OkAsync())["id"]!;
        using var evaluator = await app.ClientAsAsync("evaluator");
        async Task<bool> SeesAsync() =>
            (await evaluator.GetFromJsonOkAsync($"{QualityKit.Actions}?unitId={kit.UnitId}&pageSize=100"))["items"].Objects()
                .Any(a => (long)a["id"]! == actionId);

        // Before any grant for the unit the action is out of reach, in the list and by its address.
        Assert.False(await SeesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync($"{QualityKit.Actions}/{actionId}", Ct)).StatusCode);

        var grant = (long)(await GrantAsync(cityHead, kit.UnitId, (await DemoUsers.FindAsync(app, "evaluator")).Id))["id"]!;
        Assert.True(await SeesAsync());
        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"{QualityKit.Actions}/{actionId}", Ct)).StatusCode);

        await cityHead.PostOkAsync($"{Api}/{grant}/revoke", new JsonObject());
        Assert.False(await SeesAsync());
    }

    private static string AllCells(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        var text = new StringBuilder();
        foreach (var sheet in MiniExcel.GetSheetNames(stream))
        {
            foreach (IDictionary<string, object?> row in stream.Query(sheetName: sheet))
                text.AppendJoin('|', row.Values).Append('\n');
        }
        return text.ToString();
    }
}

[Collection(OnSqlite.Name)]
public sealed class EvaluationSqliteTests(SqliteApp app) : EvaluationTests(app);

[Collection(OnPostgres.Name)]
public sealed class EvaluationPostgresTests(PostgresApp app) : EvaluationTests(app);
