using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Safety;

/// <summary>Steps shared by the referral and risk-alert tests: a case with a guidance record, a referral form, a referral.</summary>
public static class SafetyKit
{
    /// <summary>A guidance record dated an hour ago in Beijing time (never in the future, whatever the hour).</summary>
    public static JsonObject RecordAnHourAgo()
    {
        var local = DateTime.UtcNow.AddHours(7);
        var body = Record();
        body["date"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        body["time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return body;
    }

    /// <summary>A new worker of the counselor's unit with a case in guidance and one guidance record; returns (worker, case).</summary>
    public static async Task<(long Worker, long Case)> CaseWithRecordAsync(HttpClient counselor, string name = "转介测试")
    {
        var worker = await NewWorkerAsync(counselor, name);
        var id = await CaseInGuidanceAsync(counselor, worker);
        await counselor.PostOkAsync($"/api/v1/cases/{id}/records", RecordAnHourAgo());
        return (worker, id);
    }

    /// <summary>The open case of a worker, opening one if there is none (the fixture is shared).</summary>
    public static async Task<long> OpenCaseOfAsync(HttpClient counselor, long workerId)
    {
        var response = await counselor.PostJsonAsync("/api/v1/cases", new JsonObject { ["workerId"] = workerId, ["channel"] = "Offline" });
        var body = await response.BodyAsync();
        if (response.StatusCode == HttpStatusCode.Conflict)
            return (long)body["existingId"]!;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)body["id"]!;
    }

    public static JsonObject Form(bool complete = true) => new()
    {
        ["workerSituation"] = "应届毕业生，求职三个月未果，近期情绪低落，睡眠差。",
        ["guidanceSoFar"] = "两次职业指导：兴趣分析、求职方法讲解。",
        ["reasonDetail"] = "劳动者的心理困扰超出职业指导范围，需专业心理支持后再继续求职。",
        ["request"] = complete ? "请评估其心理状况并提供咨询，稳定后告知我们继续职业指导。" : null,
        ["urgency"] = "Soon",
        ["riskNote"] = "曾表示压力很大，未见自伤言行。",
        ["explanationToWorker"] = "已当面说明转介原因和接收方，劳动者表示理解。",
    };

    public static JsonObject ToCounselor(long caseId, long receiverStaffId, bool complete = true) => new()
    {
        ["caseId"] = caseId, ["reason"] = "CannotComplete", ["target"] = "Counselor", ["receiverStaffId"] = receiverStaffId, ["form"] = Form(complete),
    };

    public static JsonObject ToAgency(long caseId, long agencyId) => new()
    {
        ["caseId"] = caseId, ["reason"] = "BeyondGuidance", ["target"] = "Agency", ["agencyId"] = agencyId, ["form"] = Form(),
    };

    /// <summary>Drafted, consented in person and sent to the receiver; returns the referral id.</summary>
    public static async Task<long> SentToAsync(HttpClient counselor, long caseId, long receiverStaffId)
    {
        var id = (long)(await counselor.PostOkAsync("/api/v1/case-referrals", ToCounselor(caseId, receiverStaffId)))["id"]!;
        await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/consent", new JsonObject { ["consent"] = true });
        await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/send", new JsonObject());
        return id;
    }

    public static JsonObject Raise(long workerId, long? caseId, string kind = "SelfHarm") => new()
    {
        ["workerId"] = workerId, ["caseId"] = caseId, ["kind"] = kind,
        ["observed"] = kind == "SelfHarm" ? "谈话中说“活着没意思”，提到已经想好怎么做。" : "情绪激动，扬言要去原单位“讨个说法”，携带刀具。",
    };

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
