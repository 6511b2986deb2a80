using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Vacancies;

/// <summary>
/// The staff's search of open vacancies is answered from memory (city scale); these show it answers as the database
/// would: every filter, the staff order, an employer's own only, and a change made by another instance seen at once.
/// </summary>
public abstract class StaffOpenSearchTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.4")]
    public async Task A_counselor_finds_open_vacancies_by_word_and_filter_newest_change_first()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var word = "焊工" + Random.Shared.Next(100_000, 999_999);
        var employerId = await FirstEmployerAsync();
        var first = await OpenAsync(counselor, VacancyApiTests.Vacancy(word + "（白班）", employerId: employerId));
        var second = await OpenAsync(counselor, VacancyApiTests.Vacancy("高级" + word, employerId: employerId));

        var found = await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}");
        Assert.Equal(2, (int)found["total"]!);
        Assert.Equal([second, first], Ids(found));
        Assert.Equal(2, (int)(await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}&occupation=4-01&district=500103&payAtLeast=6000"))["total"]!);
        Assert.Equal(2, (int)(await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}&occupation=4-01-02&employerId={employerId}&mine=true"))["total"]!);
        Assert.Equal(0, (int)(await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}&district=500101"))["total"]!);
        Assert.Equal(0, (int)(await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}&payAtLeast=7000"))["total"]!);
        Assert.Equal(0, (int)(await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}&occupation=6-31"))["total"]!);
        var paged = await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}&pageSize=1&page=2");
        Assert.Equal((2, first), ((int)paged["total"]!, Assert.Single(Ids(paged))));
        // The row itself is read from the database: the employer's name and the occupation's.
        var row = (await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}"))["items"]![0]!;
        Assert.False(string.IsNullOrEmpty((string?)row["employerName"]));
        Assert.False(string.IsNullOrEmpty((string?)row["occupationName"]));
    }

    [Fact, Trait("Clause", "7.1.4")]
    public async Task A_change_made_by_another_instance_shows_in_the_staff_search_at_once()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var word = "叉车司机" + Random.Shared.Next(100_000, 999_999);
        var id = await OpenAsync(counselor, VacancyApiTests.Vacancy(word, employerId: await FirstEmployerAsync()));
        Assert.Equal([id], Ids(await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}")));

        // Another instance withdraws it and opens a new one: nothing here was told, the database changed.
        long other;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = DateTimeOffset.UtcNow;
            var v = await db.Vacancies.SingleAsync(x => x.Id == id, Ct);
            v.Withdraw("岗位已取消", now);
            var fresh = new Vacancy(v.ServiceUnitId, v.EmployerId, VacancySource.Staff, now);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            fresh.Update(new VacancyDetails("夜班" + word, "4-01-02-01", null, 1, "500103", null, 4000, 5000, Education.Unknown, 0, null,
                null, [], null, ContractType.FixedTerm, null, null, today, today.AddDays(30)), now);
            fresh.Open(today, now);
            db.Vacancies.Add(fresh);
            await db.SaveChangesAsync(Ct);
            other = fresh.Id;
        }
        var after = await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}");
        Assert.Equal((1, other), ((int)after["total"]!, Assert.Single(Ids(after))));
    }

    [Fact, Trait("Clause", "7.1.4")]
    public async Task An_employer_searching_open_vacancies_sees_only_its_own()
    {
        using var employer = await app.ClientAsAsync("employer");
        var word = "理货员" + Random.Shared.Next(100_000, 999_999);
        var created = await (await employer.PostJsonAsync("/api/v1/vacancies", VacancyApiTests.Vacancy(word))).BodyAsync();
        await employer.PostAsync($"/api/v1/vacancies/{(long)created["id"]!}/open", null, Ct);
        using var counselor = await app.ClientAsAsync("counselor");
        var notTheirs = await FirstEmployerAsync(except: (long)created["employerId"]!);
        await OpenAsync(counselor, VacancyApiTests.Vacancy(word + "（另一家）", employerId: notTheirs));

        Assert.Equal(2, (int)(await SearchAsync(counselor, $"q={Uri.EscapeDataString(word)}"))["total"]!);
        var own = await SearchAsync(employer, $"q={Uri.EscapeDataString(word)}");
        Assert.Equal([(long)created["id"]!], Ids(own));
        Assert.Equal(0, (int)(await SearchAsync(employer, $"q={Uri.EscapeDataString(word)}&employerId={notTheirs}"))["total"]!);
    }

    private static async Task<JsonObject> SearchAsync(HttpClient client, string query) =>
        await (await client.GetAsync("/api/v1/vacancies?status=Open&" + query, Ct)).BodyAsync();

    private static long[] Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(i => (long)i!["id"]!)];

    private static async Task<long> OpenAsync(HttpClient counselor, JsonObject body)
    {
        var created = await (await counselor.PostJsonAsync("/api/v1/vacancies", body)).BodyAsync();
        var id = (long)created["id"]!;
        var opened = await counselor.PostAsync($"/api/v1/vacancies/{id}/open", null, Ct);
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync(Ct));
        return id;
    }

    /// <summary>An employer of the counselor's unit (staff record vacancies for those), other than <paramref name="except"/>.</summary>
    private async Task<long> FirstEmployerAsync(long except = 0)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unit = await db.Users.Where(u => u.UserName == "counselor").Select(u => u.ServiceUnitId).SingleAsync(Ct);
        return await db.Employers.Where(e => e.ServiceUnitId == unit && e.Id != except).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class StaffOpenSearchSqliteTests(SqliteApp app) : StaffOpenSearchTests(app);

[Collection(OnPostgres.Name)]
public sealed class StaffOpenSearchPostgresTests(PostgresApp app) : StaffOpenSearchTests(app);
