using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Assessments;

/// <summary>Steps shared by the assessment tests: find an instrument, propose and agree a plan, answer a whole inventory.</summary>
public static class AssessmentKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Hand-computed RIASEC answers: R 1, I 2, A 3, S 5, E 4, C 3 on every item → R 8, I 16, A 24, S 40, E 32, C 24 → "SEA" (A and C tie).</summary>
    public static readonly IReadOnlyDictionary<char, int> Sea = new Dictionary<char, int> { ['R'] = 1, ['I'] = 2, ['A'] = 3, ['S'] = 5, ['E'] = 4, ['C'] = 3 };

    public static async Task<long> InstrumentAsync(HttpClient client, string code)
    {
        var list = JsonNode.Parse(await (await client.GetAsync("/api/v1/instruments", Ct)).Content.ReadAsStringAsync(Ct))!.AsArray();
        return (long)list.First(i => (string)i!["code"]! == code)!["id"]!;
    }

    public static async Task<long> WorkerIdAsync(AppFixture app, string userName = "worker") => (await DemoUsers.FindAsync(app, userName)).WorkerId!.Value;

    public static JsonObject Plan(long workerId, params long[] instruments) => new()
    {
        ["workerId"] = workerId,
        ["purpose"] = "了解职业兴趣，确定求职方向",
        ["mode"] = "Online",
        ["plannedOn"] = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["instrumentIds"] = new JsonArray([.. instruments.Select(i => (JsonNode)i)]),
    };

    /// <summary>Counselor proposes, the worker agrees online; returns the plan and its assessment ids.</summary>
    public static async Task<(long Plan, List<long> Assessments)> AgreedPlanAsync(HttpClient staff, HttpClient worker, long workerId, params long[] instruments)
    {
        var plan = (long)(await staff.PostOkAsync("/api/v1/assessments/plans", Plan(workerId, instruments)))["id"]!;
        var agreed = await worker.PostOkAsync($"/api/v1/assessments/plans/{plan}/agree", new JsonObject { ["consent"] = true });
        return (plan, [.. agreed["assessments"]!.AsArray().Select(a => (long)a!["id"]!)]);
    }

    public static async Task AnswerAsync(HttpClient worker, long assessment, int item, int value)
    {
        var response = await worker.PutAsync($"/api/v1/assessments/{assessment}/answers",
            System.Net.Http.Json.JsonContent.Create(new { item, value }), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Answers every RIASEC item by its type (items are presented R I A S E C R I …).</summary>
    public static async Task<JsonObject> CompleteRiasecAsync(HttpClient worker, long assessment, IReadOnlyDictionary<char, int> byType)
    {
        var take = JsonNode.Parse(await (await worker.GetAsync($"/api/v1/assessments/{assessment}", Ct)).Content.ReadAsStringAsync(Ct))!;
        foreach (var item in take["items"]!.AsArray())
            await AnswerAsync(worker, assessment, (int)item!["index"]!, byType[((string)item["scale"]!)[0]]);
        return await worker.PostOkAsync($"/api/v1/assessments/{assessment}/complete", new JsonObject());
    }
}
