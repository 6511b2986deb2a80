using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features;

/// <summary>Employers, service units and staff through the API (R-3, R-4.1, R-4.4, R-4.6).</summary>
public abstract class RegistriesApiTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4")]
    public async Task An_employer_is_registered_found_by_credit_code_and_name_and_its_contact_phone_masked()
    {
        using var client = await app.ClientAsAsync("counselor");
        var code = TestData.NewCreditCode();
        var name = "重庆登记测试" + Random.Shared.Next(1000, 9999) + "有限公司";
        var response = await client.PostJsonAsync("/api/v1/employers", TestData.Employer(code.ToLowerInvariant(), name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.BodyAsync();
        Assert.Equal(code, (string?)created["creditCode"]);
        Assert.Contains("****", (string)created["contacts"]![0]!["phone"]!, StringComparison.Ordinal);

        var byCode = await (await client.GetAsync($"/api/v1/employers?creditCode={code}", Ct)).BodyAsync();
        Assert.Equal((long)created["id"]!, (long)byCode["items"]![0]!["id"]!);
        var byName = await (await client.GetAsync($"/api/v1/employers?name={Uri.EscapeDataString(name[2..8])}", Ct)).BodyAsync();
        Assert.Contains(byName["items"]!.AsArray(), i => (long)i!["id"]! == (long)created["id"]!);

        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/employers/{created["id"]}", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task A_bad_or_duplicate_credit_code_is_refused()
    {
        using var client = await app.ClientAsAsync("counselor");
        var code = TestData.NewCreditCode();
        var bad = code[..17] + (code[17] == '0' ? '1' : '0');
        var invalid = await client.PostJsonAsync("/api/v1/employers", TestData.Employer(bad));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.BodyAsync())["errors"]!.AsObject().ContainsKey("creditCode"));

        var first = await (await client.PostJsonAsync("/api/v1/employers", TestData.Employer(code))).BodyAsync();
        var duplicate = await client.PostJsonAsync("/api/v1/employers", TestData.Employer(code));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal((long)first["id"]!, (long)(await duplicate.BodyAsync())["existingId"]!);
    }

    [Fact, Trait("Clause", "4.1b")]
    public async Task A_unit_missing_a_document_kind_or_with_an_expired_qualification_is_flagged()
    {
        using var admin = await app.ClientAsAsync("admin");
        var units = (await (await admin.GetAsync("/api/v1/units", Ct)).Content.ReadFromJsonAsync<JsonArray>(TestData.Json, Ct))!;
        var jiangbei = units.Single(u => (string)u!["districtCode"]! == "500105")!;
        Assert.Contains(jiangbei["warnings"]!.AsArray(), w => (string)w!["documentKind"]! == "EmergencyPlan");

        var id = (long)jiangbei["id"]!;
        var got = await admin.GetAsync($"/api/v1/units/{id}", Ct);
        var etag = got.Headers.ETag!.Tag;
        using var add = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/units/{id}/documents")
        {
            Content = JsonContent.Create(new { kind = "EmergencyPlan", title = "突发事件应急预案", version = "2.0", effectiveOn = "2026-01-01" }, options: TestData.Json),
        };
        add.Headers.TryAddWithoutValidation("If-Match", etag);
        var added = await (await admin.SendAsync(add, Ct)).BodyAsync();
        Assert.DoesNotContain(added["warnings"]!.AsArray(), w => (string?)w!["documentKind"] == "EmergencyPlan");

        var form = new JsonObject
        {
            ["name"] = (string?)added["name"], ["districtCode"] = "500105", ["qualificationNumber"] = "渝人社服〔2019〕1号",
            ["qualificationIssuer"] = "重庆市人力资源和社会保障局", ["qualificationValidUntil"] = "2025-12-31", ["version"] = (int)added["version"]!,
        };
        var updated = await (await admin.PutAsJsonAsync($"/api/v1/units/{id}", form, TestData.Json, Ct)).BodyAsync();
        Assert.Contains(updated["warnings"]!.AsArray(), w => (string)w!["kind"]! == "QualificationExpired");

        // Re-sending the old version is a stale write.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/v1/units/{id}", form, TestData.Json, Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "3.2")]
    public async Task Only_managing_roles_change_units_and_each_unit_sees_only_itself()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var own = (await (await counselor.GetAsync("/api/v1/units", Ct)).Content.ReadFromJsonAsync<JsonArray>(TestData.Json, Ct))!;
        Assert.Single(own);
        var form = new JsonObject { ["name"] = "新单位", ["districtCode"] = "500103", ["version"] = 0 };
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PutAsJsonAsync($"/api/v1/units/{own[0]!["id"]}", form, TestData.Json, Ct)).StatusCode);

        using var admin = await app.ClientAsAsync("admin");
        var name = "重庆市测试区县就业服务中心" + Random.Shared.Next(1000, 9999);
        var created = await admin.PostJsonAsync("/api/v1/units", new JsonObject { ["name"] = name, ["districtCode"] = "500112" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.BodyAsync();
        Assert.Contains(body["warnings"]!.AsArray(), w => (string)w!["kind"]! == "QualificationMissing");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/v1/units", new JsonObject { ["name"] = name, ["districtCode"] = "500112" })).StatusCode);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public async Task Staff_qualification_is_computed_from_education_certificate_and_experience()
    {
        using var admin = await app.ClientAsAsync("admin");
        var staff = (await (await admin.GetAsync("/api/v1/staff", Ct)).Content.ReadFromJsonAsync<JsonArray>(TestData.Json, Ct))!;
        var counselor2 = staff.Single(s => (string)s!["name"]! == "王芳")!;
        Assert.False((bool)counselor2["meetsClause461"]!); // 3 years of industry where 5 are required

        var id = (long)counselor2["id"]!;
        var detail = await (await admin.GetAsync($"/api/v1/staff/{id}", Ct)).BodyAsync();
        Assert.Contains("须有5年以上相关行业工作经历", detail["qualification"]!["gaps"]!.AsArray().Select(g => (string)g!));

        var form = new JsonObject
        {
            ["name"] = "王芳", ["position"] = "Counselor", ["education"] = "Bachelor", ["yearsOfGuidance"] = 6, ["yearsOfConsulting"] = 4,
            ["yearsOfIndustry"] = 5, ["districtExpertise"] = new JsonArray("500105"), ["industryExpertise"] = new JsonArray("C"),
            ["version"] = (int)detail["version"]!,
        };
        var updated = await (await admin.PutAsJsonAsync($"/api/v1/staff/{id}", form, TestData.Json, Ct)).BodyAsync();
        Assert.True((bool)updated["qualification"]!["meetsClause461"]!);
    }

    [Fact, Trait("Clause", "4.6.2c")]
    public async Task Training_hours_this_year_are_compared_with_the_yearly_minimum()
    {
        using var manager = await app.ClientAsAsync("manager");
        var staff = (await (await manager.GetAsync("/api/v1/staff", Ct)).Content.ReadFromJsonAsync<JsonArray>(TestData.Json, Ct))!;
        var li = staff.Single(s => (string)s!["name"]! == "李明")!;
        var id = (long)li["id"]!;
        var detail = await manager.GetAsync($"/api/v1/staff/{id}", Ct);
        var before = await detail.BodyAsync();
        var hours = (decimal)before["qualification"]!["trainingHoursThisYear"]!;

        using var add = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/staff/{id}/trainings")
        {
            Content = JsonContent.Create(new { date = "2026-11-01", title = "就业政策更新培训", hours = 40 - hours + 1, provider = "市就业局" }, options: TestData.Json),
        };
        add.Headers.TryAddWithoutValidation("If-Match", detail.Headers.ETag!.Tag);
        var after = await (await manager.SendAsync(add, Ct)).BodyAsync();
        Assert.True((bool)after["qualification"]!["meetsTrainingMinimum"]!);
        Assert.Equal(40m, (decimal)after["qualification"]!["trainingMinimum"]!);

        using var counselor = await app.ClientAsAsync("counselor");
        var refused = await counselor.PostAsJsonAsync($"/api/v1/staff/{id}/trainings", new { date = "2026-11-01", title = "x", hours = 1 }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class RegistriesApiSqliteTests(SqliteApp app) : RegistriesApiTests(app);

[Collection(OnPostgres.Name)]
public sealed class RegistriesApiPostgresTests(PostgresApp app) : RegistriesApiTests(app);
