using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GuidanceDesk.Tests.Features.Safety;

/// <summary>Steps shared by the tests that run the app as processes of its own (crash, two instances).</summary>
public static class ProcessKit
{
    /// <summary>A risk alert on the first worker the counselor sees (its SMS go through the outbox); returns its id.</summary>
    public static async Task<long> RaiseAlertAsync(HttpClient counselor, CancellationToken ct)
    {
        var workers = await counselor.GetFromJsonAsync<JsonElement>("/api/v1/workers?pageSize=5", ct);
        var workerId = workers.GetProperty("items")[0].GetProperty("id").GetInt64();
        using var response = await counselor.PostAsJsonAsync("/api/v1/risk-alerts", new
        {
            workerId, caseId = (long?)null, kind = "SelfHarm", observed = "谈话中多次提到不想活了，情绪低落。", immediateDanger = false,
        }, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
    }

    public static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
