using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>The steps of a case through the API, so that each test starts from the stage it is about.</summary>
public static class GuidanceSteps
{
    public static readonly string Today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Day(int offset) =>
        DateTime.UtcNow.AddHours(8).AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<long> NewWorkerAsync(HttpClient staff, string name = "个案测试", string group = "CollegeGraduate",
        Action<JsonObject>? change = null)
    {
        var body = TestData.Worker(name: name, change: w =>
        {
            w["specialGroups"] = new JsonArray(group);
            if (group == "EmploymentAssistanceTarget")
            {
                w["assistanceCategory"] = "LongTermUnemployed";
                w.Remove("graduationYear");
            }
            change?.Invoke(w);
        });
        var response = await staff.PostJsonAsync("/api/v1/workers", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.BodyAsync())["id"]!;
    }

    public static async Task<JsonObject> OpenCaseAsync(HttpClient staff, long workerId)
    {
        var response = await staff.PostJsonAsync("/api/v1/cases", new JsonObject { ["workerId"] = workerId, ["channel"] = "Offline" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.BodyAsync();
    }

    public static async Task<JsonObject> OkAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static Task<JsonObject> PostOkAsync(this HttpClient client, string url, JsonNode body) => client.PostJsonAsync(url, body).OkAsync();

    public static Task<HttpResponseMessage> MoveAsync(HttpClient staff, long caseId, string to, string reason = "进入下一阶段") =>
        staff.PostJsonAsync($"/api/v1/cases/{caseId}/stage", new JsonObject { ["to"] = to, ["reason"] = reason });

    /// <summary>Intake done, needs analysed, a goal confirmed by the worker in person: the case is in guidance.</summary>
    public static async Task<long> CaseInGuidanceAsync(HttpClient staff, long workerId)
    {
        var opened = await OpenCaseAsync(staff, workerId);
        var id = (long)opened["id"]!;
        await staff.PostOkAsync($"/api/v1/cases/{id}/intake", new JsonObject
        {
            ["situation"] = "应届毕业生，求职三个月未果", ["difficulties"] = new JsonArray("UnclearDirection", "JobSearchMethods"),
            ["version"] = (int)opened["version"]!,
        });
        var moved = await MoveAsync(staff, id, "NeedsAssessment").OkAsync();
        await staff.PostOkAsync($"/api/v1/cases/{id}/needs", new JsonObject
        {
            ["needed"] = new JsonArray("CareerGuidance", "PolicyConsultation"), ["version"] = (int)moved["version"]!,
        });
        await staff.PostOkAsync($"/api/v1/cases/{id}/goals", new JsonObject { ["text"] = "明确职业方向并在三个月内就业" });
        await staff.PostOkAsync($"/api/v1/cases/{id}/goals/confirm", new JsonObject { ["confirmedBy"] = "劳动者本人" });
        await MoveAsync(staff, id, "Guidance").OkAsync();
        return id;
    }

    public static JsonObject Record(string kind = "Guidance", string channel = "Offline", JsonObject? registration = null)
    {
        var body = new JsonObject
        {
            ["kind"] = kind, ["date"] = Today, ["time"] = "00:05", ["durationMinutes"] = 45, ["channel"] = channel,
            ["serviceItems"] = new JsonArray("CareerGuidance"), ["content"] = "分析职业兴趣，讲解求职方法",
            ["advice"] = "参加本周招聘会", ["nextSteps"] = "下周跟进",
        };
        if (registration is not null)
            body["registration"] = registration;
        return body;
    }

    public static JsonObject Plan(string start, string end, int every = 14) => new()
    {
        ["goal"] = "三个月内在渝中区找到行政文员岗位", ["periodStart"] = start, ["periodEnd"] = end, ["followUpEveryDays"] = every,
        ["actions"] = new JsonArray(
            new JsonObject { ["kind"] = "JobSearch", ["description"] = "每周投递5份简历", ["dueOn"] = end },
            new JsonObject { ["kind"] = "Placement", ["description"] = "参加职业介绍推荐面试", ["dueOn"] = end }),
    };

    /// <summary>Guidance recorded and a plan drafted and signed: the case is in follow-up. Returns (case, plan).</summary>
    public static async Task<(long Case, long Plan)> CaseInFollowUpAsync(HttpClient staff, long workerId, string start, string end, int every = 14)
    {
        var id = await CaseInGuidanceAsync(staff, workerId);
        await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record());
        await MoveAsync(staff, id, "Planning").OkAsync();
        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/plans", Plan(start, end, every));
        var planId = (long)view["plans"]![0]!["id"]!;
        await staff.PostOkAsync($"/api/v1/cases/{id}/plans/{planId}/agree", new JsonObject { ["signedBy"] = "劳动者本人" });
        return (id, planId);
    }

    public static async Task<JsonObject> ProblemAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}

public static class HttpJson
{
    public static async Task<JsonObject> GetFromJsonOkAsync(this HttpClient client, string url) =>
        await client.GetAsync(url, TestContext.Current.CancellationToken).OkAsync();

    public static async Task<JsonObject> PutJsonOkAsync(this HttpClient client, string url, JsonNode body) =>
        await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(client, url, body, TestData.Json).OkAsync();
}
