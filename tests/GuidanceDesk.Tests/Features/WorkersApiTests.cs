using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features;

/// <summary>The worker registry through the real HTTP pipeline (R-4.4): registration, validation, duplicates, scoping.</summary>
public abstract class WorkersApiTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4")]
    public async Task Registering_a_worker_stores_it_with_masked_identifiers_and_the_service_agreement()
    {
        using var client = await app.ClientAsAsync("counselor");
        var idNumber = TestData.NewIdNumber();
        var response = await client.PostJsonAsync("/api/v1/workers", TestData.Worker(idNumber, name: "赵登记"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal($"/api/v1/workers/{body["id"]}", response.Headers.Location?.ToString());
        Assert.Equal(idNumber[..4] + "**********" + idNumber[^4..], (string?)body["idNumber"]);
        Assert.Equal(int.Parse(idNumber.AsSpan(6, 4), provider: null), DateOnly.Parse((string)body["dateOfBirth"]!, null).Year);
        Assert.Equal("ServiceAgreement", (string?)body["consents"]![0]!["kind"]);
        Assert.NotNull(response.Headers.ETag);

        // At rest: no plaintext ID or phone anywhere in the row.
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == (long)body["id"]!, Ct);
        Assert.DoesNotContain(idNumber, stored.IdNumber.Cipher, StringComparison.Ordinal);
        Assert.StartsWith("v1:", stored.IdNumber.Cipher, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task A_wrong_checksum_is_a_field_error_in_Chinese_and_nothing_is_written()
    {
        using var client = await app.ClientAsAsync("counselor");
        var good = TestData.NewIdNumber();
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var before = await CountWorkersAsync();

        var response = await client.PostJsonAsync("/api/v1/workers", TestData.Worker(bad));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.BodyAsync())["errors"]!.AsObject();
        Assert.Contains("校验位", (string)errors["worker.idNumber"]![0]!, StringComparison.Ordinal);
        Assert.Equal(before, await CountWorkersAsync());
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task Missing_fields_and_a_district_outside_Chongqing_are_reported_field_by_field()
    {
        using var client = await app.ClientAsAsync("counselor");
        var body = TestData.Worker(change: w =>
        {
            w["name"] = "";
            w["residenceDistrictCode"] = "110101";
            w["phone"] = "12345";
        });
        body.Remove("serviceAgreement");

        var response = await client.PostJsonAsync("/api/v1/workers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.BodyAsync())["errors"]!.AsObject();
        Assert.Equal("请填写姓名", (string?)errors["worker.name"]![0]);
        Assert.Equal("请选择重庆市的区县", (string?)errors["worker.residenceDistrictCode"]![0]);
        Assert.True(errors.ContainsKey("worker.phone"));
        Assert.True(errors.ContainsKey("serviceAgreement"));
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task A_duplicate_ID_number_is_409_naming_the_existing_record()
    {
        using var client = await app.ClientAsAsync("counselor");
        var idNumber = TestData.NewIdNumber();
        var first = await (await client.PostJsonAsync("/api/v1/workers", TestData.Worker(idNumber))).BodyAsync();

        // Typed in lower case with spaces around: still the same person.
        using var other = await app.ClientAsAsync("counselor2");
        var response = await other.PostJsonAsync("/api/v1/workers", TestData.Worker(" " + idNumber.ToLowerInvariant() + " ", district: "500105"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.BodyAsync();
        Assert.Equal((long)first["id"]!, (long)problem["existingId"]!);
        Assert.Contains("已登记", (string)problem["title"]!, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_counselor_of_another_unit_cannot_read_or_change_the_worker()
    {
        using var owner = await app.ClientAsAsync("counselor");
        var created = await (await owner.PostJsonAsync("/api/v1/workers", TestData.Worker())).BodyAsync();
        var url = $"/api/v1/workers/{created["id"]}";

        using var stranger = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url, Ct)).StatusCode);
        var form = TestData.Worker()["worker"]!;
        form["version"] = 0;
        var put = await stranger.PutAsJsonAsync(url, form, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        var search = await (await stranger.GetAsync($"/api/v1/workers?name={Uri.EscapeDataString((string)created["name"]!)}", Ct)).BodyAsync();
        Assert.DoesNotContain(search["items"]!.AsArray(), i => (long)i!["id"]! == (long)created["id"]!);
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_worker_sees_only_themself_and_the_admin_sees_no_client_records()
    {
        using var worker = await app.ClientAsAsync("worker");
        var me = await worker.GetAsync("/api/v1/me/worker", Ct);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var self = await me.BodyAsync();
        Assert.False((bool)self["identifiersMasked"]!);
        Assert.DoesNotContain("*", (string)self["idNumber"]!, StringComparison.Ordinal);

        var otherId = (long)self["id"]! + 1;
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/v1/workers/{otherId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/v1/workers", Ct)).StatusCode);

        using var admin = await app.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/workers", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/workers", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task A_stale_write_is_409_and_the_newer_change_is_kept()
    {
        using var client = await app.ClientAsAsync("counselor");
        var created = await (await client.PostJsonAsync("/api/v1/workers", TestData.Worker(name: "钱版本"))).BodyAsync();
        var url = $"/api/v1/workers/{created["id"]}";
        var form = TestData.Worker((string?)null)["worker"]!.AsObject();
        form["idNumber"] = await RevealIdAsync(client, (long)created["id"]!);

        form["name"] = "钱第一";
        using var first = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(form, options: TestData.Json) };
        first.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        var ok = await client.SendAsync(first, Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"1\"", ok.Headers.ETag?.Tag);

        form["name"] = "钱第二";
        using var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(form, options: TestData.Json) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        var conflict = await client.SendAsync(stale, Ct);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("钱第一", (string?)(await (await client.GetAsync(url, Ct)).BodyAsync())["name"]);
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task A_retried_POST_with_the_same_Idempotency_Key_creates_one_worker()
    {
        using var client = await app.ClientAsAsync("counselor");
        var body = TestData.Worker();
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/workers") { Content = JsonContent.Create(body, options: TestData.Json) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request, Ct);
        }

        var first = await Send();
        var again = await Send();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((long)(await first.BodyAsync())["id"]!, (long)(await again.BodyAsync())["id"]!);
        Assert.Equal(first.Headers.Location, again.Headers.Location);

        body["worker"]!["name"] = "换了内容";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Send()).StatusCode);
    }

    [Fact, Trait("Clause", "5.1e")]
    public async Task Special_group_rules_are_enforced()
    {
        using var client = await app.ClientAsAsync("counselor");
        var body = TestData.Worker(change: w =>
        {
            w["specialGroups"] = new JsonArray("CollegeGraduate", "EmploymentAssistanceTarget");
            w.Remove("graduationYear");
        });
        var response = await client.PostJsonAsync("/api/v1/workers", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.BodyAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("worker.graduationYear"));
        Assert.True(errors.ContainsKey("worker.assistanceCategory"));
    }

    internal static async Task<string> RevealIdAsync(HttpClient client, long id)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/workers/{id}/reveal", new { reason = "测试核对身份" }, TestData.Json);
        response.EnsureSuccessStatusCode();
        return (string)(await response.BodyAsync())["idNumber"]!;
    }

    private async Task<int> CountWorkersAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Workers.CountAsync(Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class WorkersApiSqliteTests(SqliteApp app) : WorkersApiTests(app);

[Collection(OnPostgres.Name)]
public sealed class WorkersApiPostgresTests(PostgresApp app) : WorkersApiTests(app);
