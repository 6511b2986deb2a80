using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Features.Quality;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Quality;

/// <summary>Steps shared by the complaint, audit and corrective-action tests.</summary>
public static class QualityKit
{
    public const string Public = "/api/v1/public/complaints";
    public const string Staff = "/api/v1/complaints";
    public const string Actions = "/api/v1/quality/actions";
    public const string Audits = "/api/v1/quality/audits";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The 渝中 centre (the manager's and the head's unit).</summary>
    public static async Task<long> UnitAsync(AppFixture app) => (await DemoUsers.FindAsync(app, "manager")).ServiceUnitId!.Value;

    public static JsonObject Complaint(long unitId, string? phone = "13912345678", bool anonymous = false, string category = "WaitingTime") => new()
    {
        ["serviceUnitId"] = unitId, ["category"] = category, ["description"] = "取号后等了一个多小时，没有人说明要等多久。",
        ["name"] = anonymous ? null : "测试投诉人", ["anonymous"] = anonymous, ["contactPhone"] = phone,
    };

    /// <summary>Filed through the public API; returns (id, tracking number).</summary>
    public static async Task<(long Id, string Tracking)> FileAsync(HttpClient anonymous, long unitId, string phone = "13912345678")
    {
        var receipt = await anonymous.PostJsonAsync(Public, Complaint(unitId, phone)).OkAsync();
        return ((long)receipt["id"]!, (string)receipt["trackingNumber"]!);
    }

    public static JsonObject Lookup(string tracking, string last4) => new() { ["trackingNumber"] = tracking, ["phoneLast4"] = last4 };

    public static JsonObject Reply(string text = "已核实并改进叫号提示。") => new()
    {
        ["investigation"] = "查看当日叫号记录，高峰时段等候 70 分钟。", ["resolution"] = "增设等候时长提示屏。", ["reply"] = text,
    };

    public static JsonObject RaiseBody(long ownerStaffId, DateOnly dueOn, string problem = "高峰时段等候时间过长。") => new()
    {
        ["kind"] = "Corrective", ["problem"] = problem, ["ownerStaffId"] = ownerStaffId, ["dueOn"] = Date(dueOn),
    };

    /// <summary>The unit's head grants the demo evaluator the unit (the evaluator reads a unit's audits and actions only so).</summary>
    public static async Task GrantEvaluatorAsync(AppFixture app, long unitId)
    {
        using var head = await app.ClientAsAsync("head");
        await head.PostOkAsync("/api/v1/third-party-evaluations", new JsonObject
        {
            ["evaluatorUserId"] = (await DemoUsers.FindAsync(app, "evaluator")).Id, ["serviceUnitId"] = unitId, ["periodFrom"] = "2026-01-01",
            ["periodTo"] = "2026-12-31", ["accessUntil"] = Date(Today.AddDays(30)), ["purpose"] = "年度第三方评价",
        });
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task<int> ScanAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QualityOverdueScan>().ScanAsync(Ct);
    }

    /// <summary>A completed audit of the unit with one minor nonconformity; returns the audit id.</summary>
    public static async Task<long> AuditWithFindingAsync(HttpClient manager, long unitId)
    {
        var audit = await manager.PostJsonAsync(Audits, new JsonObject
        {
            ["serviceUnitId"] = unitId, ["kind"] = "Internal", ["title"] = "档案专项审核", ["scope"] = "7.2 档案", ["auditors"] = "陈晓梅",
            ["plannedStart"] = Date(Today), ["plannedEnd"] = Date(Today.AddDays(1)),
        }).OkAsync();
        var id = (long)audit["id"]!;
        await manager.PostOkAsync($"{Audits}/{id}/start", new JsonObject());
        await manager.PostOkAsync($"{Audits}/{id}/findings", new JsonObject
        {
            ["clauseRef"] = "7.2.1", ["description"] = "2 份档案缺少服务协议。", ["severity"] = "MinorNonconformity",
        });
        return id;
    }

    public static async Task ExpectAsync(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
