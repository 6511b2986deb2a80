using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Market;

/// <summary>
/// What the market tests need: vacancies written straight through the domain (the vacancy pages and API are another
/// area's), seekers registered through the API, and uploads.
/// </summary>
public static class MarketKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A vacancy of the demo employer of the "employer" portal account (unit 0), published <paramref name="ageDays"/> ago.</summary>
    public static async Task<long> AddVacancyAsync(AppFixture app, string code, string district, int posts, int payMin, int payMax,
        int ageDays = 5, Education education = Education.Unknown, int years = 0, bool draft = false, bool ended = false)
    {
        var employerId = (await DemoUsers.FindAsync(app, "employer")).EmployerId!.Value;
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var employer = await db.Employers.FindAsync([employerId], Ct);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.AddHours(8).DateTime);
        var opened = today.AddDays(-ageDays);
        var v = new Vacancy(employer!.ServiceUnitId, employerId, VacancySource.Staff, now.AddDays(-ageDays));
        v.Update(new VacancyDetails("测试岗位" + code, code, null, posts, district, null, payMin, payMax, education, years, null, null, [],
            null, ContractType.FixedTerm, null, null, opened, ended ? opened.AddDays(30) : today.AddDays(60)), now.AddDays(-ageDays));
        if (!draft)
            v.Open(opened, now.AddDays(-ageDays));
        if (ended)
            v.ExpireIfDue(opened.AddDays(31), now.AddDays(-ageDays + 31));
        db.Vacancies.Add(v);
        await db.SaveChangesAsync(Ct);
        return v.Id;
    }

    public static async Task<long> EmployerIdAsync(AppFixture app) => (await DemoUsers.FindAsync(app, "employer")).EmployerId!.Value;

    /// <summary>A job seeker (unemployed) whose one intention is <paramref name="code"/> in <paramref name="district"/>.</summary>
    public static Task<long> SeekerAsync(HttpClient staff, string code, string district, int years = 0) =>
        Guidance.GuidanceSteps.NewWorkerAsync(staff, "意向" + code, change: w =>
        {
            w["jobIntentions"] = new JsonArray(new JsonObject { ["occupationCode"] = code, ["districtCode"] = district, ["minMonthlyPay"] = 4000 });
        });

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int year, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/v1/market/wage-guidance/import", form, Ct);
    }

    public static async Task<JsonArray> GetFromJsonOkArrayAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!.AsArray();
    }

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

    /// <summary>An hour ago in Beijing time: a fixed "09:00 today" is in the future when the tests run just after midnight.</summary>
    private static DateTime HourAgo => DateTime.UtcNow.AddHours(7);

    public static JsonObject Record(string kind, long? vacancyId = null, string channel = "Offline", string? outcome = null,
        params string[] services) => new()
    {
        ["kind"] = kind, ["vacancyId"] = vacancyId, ["date"] = HourAgo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["time"] = HourAgo.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), ["channel"] = channel,
        ["serviceItems"] = new JsonArray("RecruitmentGuidance", "EmployerPolicyConsultation"), ["content"] = "分析岗位和单位用工情况",
        ["advice"] = "建议参加专场招聘会并调整薪酬", ["recommendedServices"] = new JsonArray([.. services.Select(s => (JsonNode)s)]),
        ["outcome"] = outcome, ["agreedChanges"] = outcome is null ? null : "月薪上调至4300–5900元",
    };
}
