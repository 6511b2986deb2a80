using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Vacancies;

/// <summary>Vacancies from the employer portal and the staff side to the public job search (7.1.4, 4.2d).</summary>
public abstract class VacancyApiTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static JsonObject Vacancy(string title, string? description = null, long? employerId = null) => new()
    {
        ["employerId"] = employerId, ["title"] = title, ["occupationCode"] = "4-01-02-01", ["posts"] = 2, ["districtCode"] = "500103",
        ["payMin"] = 4500, ["payMax"] = 6500, ["minEducation"] = "SeniorSecondary", ["minExperienceYears"] = 1, ["ageMin"] = 18,
        ["skills"] = "收银、客户沟通", ["workingHours"] = "做五休二", ["contractType"] = "FixedTerm", ["benefits"] = "五险一金",
        ["description"] = description ?? "负责门店销售与客户接待", ["opensOn"] = "2026-11-01", ["closesOn"] = "2027-03-31",
    };

    [Fact, Trait("Clause", "7.1.4"), Trait("Clause", "4.2d")]
    public async Task An_employer_posts_a_vacancy_that_the_public_finds_once_it_is_open_and_not_after_it_is_withdrawn()
    {
        using var employer = await app.ClientAsAsync("employer");
        var title = "门店导购" + Random.Shared.Next(100_000, 999_999);
        var created = await employer.PostJsonAsync("/api/v1/vacancies", Vacancy(title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.BodyAsync();
        Assert.Equal("Draft", (string?)draft["status"]);
        Assert.Equal("Portal", (string?)draft["source"]);
        var id = (long)draft["id"]!;

        using var anonymous = app.Factory.CreateClient();
        async Task<JsonArray> PublicAsync() =>
            (await (await anonymous.GetAsync($"/api/v1/public/vacancies?q={Uri.EscapeDataString(title)}", Ct)).BodyAsync())["items"]!.AsArray();
        Assert.Empty(await PublicAsync());

        var opened = await (await employer.PostAsync($"/api/v1/vacancies/{id}/open", null, Ct)).BodyAsync();
        Assert.Equal("Open", (string?)opened["status"]);
        var found = Assert.Single(await PublicAsync())!;
        Assert.Equal(id, (long)found["id"]!);
        // The public answer carries the vacancy and employer, nothing about a person (no contacts, no phones).
        var text = found.ToJsonString();
        Assert.DoesNotContain("phone", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("contact", text, StringComparison.OrdinalIgnoreCase);
        var page = await anonymous.GetStringAsync($"/Public/Job/{id}", Ct);
        Assert.Contains(title, page, StringComparison.Ordinal);

        var noReason = await employer.PostAsJsonAsync($"/api/v1/vacancies/{id}/withdraw", new { reason = "" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var withdrawn = await employer.PostAsJsonAsync($"/api/v1/vacancies/{id}/withdraw", new { reason = "招聘计划取消" }, TestData.Json, Ct);
        Assert.Equal("Withdrawn", (string?)(await withdrawn.BodyAsync())["status"]);
        Assert.Empty(await PublicAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Job/{id}", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public async Task Discriminating_requirements_are_refused_field_by_field_and_nothing_is_saved()
    {
        using var employer = await app.ClientAsAsync("employer");
        var title = "仓库管理员" + Random.Shared.Next(100_000, 999_999);
        var body = Vacancy(title, "限男性，要求本地户口，已婚已育者优先");
        body["ageMin"] = 15;
        var refused = await employer.PostJsonAsync("/api/v1/vacancies", body);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.BodyAsync())["errors"]!.AsObject();
        var description = string.Join(" ", errors["description"]!.AsArray().Select(e => (string?)e));
        Assert.Contains("性别", description, StringComparison.Ordinal);
        Assert.Contains("户籍", description, StringComparison.Ordinal);
        Assert.Contains("婚姻", description, StringComparison.Ordinal);
        Assert.Contains("16", (string?)errors["ageMin"]![0], StringComparison.Ordinal);
        var mine = await (await employer.GetAsync($"/api/v1/vacancies?q={Uri.EscapeDataString(title)}", Ct)).BodyAsync();
        Assert.Equal(0, (int)mine["total"]!);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public async Task Staff_record_a_vacancy_for_an_employer_of_their_unit_edits_need_the_current_version()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var employers = await (await counselor.GetAsync("/api/v1/employers?pageSize=1", Ct)).BodyAsync();
        var employerId = (long)employers["items"]![0]!["id"]!;
        var created = await (await counselor.PostJsonAsync("/api/v1/vacancies", Vacancy("电工" + Random.Shared.Next(1000, 9999), employerId: employerId))).BodyAsync();
        var id = (long)created["id"]!;
        Assert.Equal("Staff", (string?)created["source"]);

        var edit = Vacancy("高级电工", employerId: employerId);
        edit["version"] = (int)created["version"]!;
        var updated = await (await counselor.PutAsJsonAsync($"/api/v1/vacancies/{id}", edit, TestData.Json, Ct)).BodyAsync();
        Assert.Equal("高级电工", (string?)updated["title"]);
        Assert.Equal(HttpStatusCode.Conflict, (await counselor.PutAsJsonAsync($"/api/v1/vacancies/{id}", edit, TestData.Json, Ct)).StatusCode);

        // A draft belongs to its unit; another unit's counselor cannot see it, nor can another employer.
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/vacancies/{id}", Ct)).StatusCode);
        await counselor.PostAsync($"/api/v1/vacancies/{id}/open", null, Ct);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/vacancies/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/vacancies/{id}/filled", null, Ct)).StatusCode);
        using var worker = await app.ClientAsAsync("worker");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/v1/vacancies/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_nightly_scan_expires_open_vacancies_past_their_closing_date()
    {
        long id;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var employer = await db.Employers.OrderBy(e => e.Id).FirstAsync(Ct);
            var longAgo = DateTimeOffset.UtcNow.AddDays(-90);
            var v = new Vacancy(employer.ServiceUnitId, employer.Id, VacancySource.Staff, longAgo);
            var opens = DateOnly.FromDateTime(longAgo.UtcDateTime);
            v.Update(new VacancyDetails("过期岗位", "4-01-02-01", null, 1, "500103", null, 4000, 5000, Education.Unknown, 0, null, null, [],
                null, ContractType.FixedTerm, null, null, opens, opens.AddDays(30)), longAgo);
            v.Open(opens, longAgo);
            db.Vacancies.Add(v);
            await db.SaveChangesAsync(Ct);
            id = v.Id;
        }
        await using (var scope = app.Scope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<VacancyExpiry>().ExpireAsync(Ct) >= 1);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(VacancyStatus.Expired, await db.Vacancies.Where(v => v.Id == id).Select(v => v.Status).SingleAsync(Ct));
        }
    }

    [Fact]
    public async Task A_workers_job_intentions_are_indexed_for_matching_and_follow_every_change()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var body = TestData.Worker(change: w => w["jobIntentions"] = new JsonArray(
            new JsonObject { ["occupationCode"] = "4-01-02-01", ["districtCode"] = "500103", ["minMonthlyPay"] = 5000 },
            new JsonObject { ["occupationCode"] = "6-31-01-03" }));
        var worker = await (await counselor.PostJsonAsync("/api/v1/workers", body)).BodyAsync();
        var id = (long)worker["id"]!;
        async Task<List<SeekerIntention>> RowsAsync()
        {
            await using var scope = app.Scope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SeekerIntentions.AsNoTracking()
                .Where(s => s.WorkerId == id).OrderBy(s => s.Ordinal).ToListAsync(Ct);
        }
        var rows = await RowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("4-01-02", "4-01", 5000), (rows[0].MinorGroup, rows[0].MediumGroup, rows[0].MinMonthlyPay));
        Assert.True(rows[0].IsSeeking);

        var form = body["worker"]!.AsObject();
        form["jobIntentions"] = new JsonArray(new JsonObject { ["occupationCode"] = "2-02-10-03", ["districtCode"] = "500105" });
        form["employmentStatus"] = "Employed";
        form["version"] = (int)worker["version"]!;
        var put = await counselor.PutAsJsonAsync($"/api/v1/workers/{id}", form, TestData.Json, Ct);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync(Ct));
        var after = Assert.Single(await RowsAsync());
        Assert.Equal(("2-02-10-03", "500105", false), (after.OccupationCode, after.DistrictCode, after.IsSeeking));
    }
}

[Collection(OnSqlite.Name)]
public sealed class VacancyApiSqliteTests(SqliteApp app) : VacancyApiTests(app);

[Collection(OnPostgres.Name)]
public sealed class VacancyApiPostgresTests(PostgresApp app) : VacancyApiTests(app);
