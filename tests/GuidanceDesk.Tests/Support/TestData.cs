using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GuidanceDesk.Web.Infrastructure.Startup;

namespace GuidanceDesk.Tests.Support;

/// <summary>Synthetic identifiers and request bodies; every call gives a new, valid, unused identity.</summary>
public static class TestData
{
    private static int _sequence = Random.Shared.Next(0, 500);
    private static int _creditCode = Random.Shared.Next(1_000_000, 9_000_000);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string NewIdNumber(string region = "500103")
    {
        var n = Interlocked.Increment(ref _sequence);
        var birth = new DateOnly(1960 + (n % 40), 1 + (n % 12), 1 + (n % 28));
        return DemoData.SyntheticIdNumber(region, birth, n % 1000);
    }

    public static string NewCreditCode(string region = "500103") =>
        DemoData.SyntheticCreditCode(region, Interlocked.Increment(ref _creditCode));

    public static string NewPhone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A registration body that the API accepts; tweak it with <paramref name="change"/>.</summary>
    public static JsonObject Worker(string? idNumber = null, string name = "测试人员", string district = "500103", Action<JsonObject>? change = null)
    {
        var worker = new JsonObject
        {
            ["name"] = name,
            ["idNumber"] = idNumber ?? NewIdNumber(),
            ["phone"] = NewPhone(),
            ["householdType"] = "Rural",
            ["householdPlaceCode"] = "500103",
            ["residenceDistrictCode"] = district,
            ["education"] = "Bachelor",
            ["employmentStatus"] = "Unemployed",
            ["specialGroups"] = new JsonArray("CollegeGraduate"),
            ["graduationYear"] = 2025,
            ["jobIntentions"] = new JsonArray(new JsonObject { ["occupationCode"] = "2-02-10-03", ["districtCode"] = district, ["minMonthlyPay"] = 5000 }),
        };
        change?.Invoke(worker);
        return new JsonObject
        {
            ["worker"] = worker,
            ["serviceAgreement"] = new JsonObject { ["givenOn"] = "2026-11-20", ["channel"] = "Offline", ["scope"] = new JsonArray("Text", "Audio") },
        };
    }

    public static JsonObject Employer(string? creditCode = null, string name = "重庆测试科技有限公司") => new()
    {
        ["name"] = name,
        ["creditCode"] = creditCode ?? NewCreditCode(),
        ["industryCode"] = "I",
        ["size"] = "Small",
        ["ownership"] = "Private",
        ["districtCode"] = "500103",
        ["address"] = "重庆市渝中区测试路1号",
        ["contacts"] = new JsonArray(new JsonObject { ["name"] = "张经理", ["title"] = "人事", ["phone"] = NewPhone() }),
    };

    public static async Task<JsonObject> BodyAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.PostAsJsonAsync(url, body, Json);
}
