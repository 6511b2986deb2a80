using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features;

/// <summary>Worker search (exact ID / phone through the lookup hash, name prefix, filters, paging) and its audit trail.</summary>
public abstract class WorkerSearchAndAuditTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4")]
    public async Task Exact_ID_and_phone_search_find_the_worker_however_the_number_is_typed()
    {
        using var client = await app.ClientAsAsync("counselor");
        var idNumber = TestData.NewIdNumber();
        var body = TestData.Worker(idNumber, name: "孙查找");
        var phone = (string)body["worker"]!["phone"]!;
        var id = (long)(await (await client.PostJsonAsync("/api/v1/workers", body)).BodyAsync())["id"]!;

        var byId = await Search(client, "idNumber=" + Uri.EscapeDataString(" " + idNumber.ToLowerInvariant()));
        Assert.Equal([id], byId);
        var byPhone = await Search(client, "phone=" + Uri.EscapeDataString(phone[..3] + "-" + phone[3..7] + " " + phone[7..]));
        Assert.Equal([id], byPhone);
        Assert.Empty(await Search(client, "idNumber=" + TestData.NewIdNumber()));
        var posted = await (await client.PostAsJsonAsync("/api/v1/workers/search", new { idNumber }, TestData.Json, Ct)).BodyAsync();
        Assert.Equal(id, (long)posted["items"]![0]!["id"]!);
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task Name_prefix_search_filters_pages_and_sorts()
    {
        using var client = await app.ClientAsAsync("counselor");
        var surname = "欧阳" + (char)('甲' + Random.Shared.Next(0, 200));
        var ids = new List<long>();
        foreach (var given in new[] { "丙", "甲", "乙" })
            ids.Add((long)(await (await client.PostJsonAsync("/api/v1/workers", TestData.Worker(name: surname + given))).BodyAsync())["id"]!);
        await client.PostJsonAsync("/api/v1/workers", TestData.Worker(name: "欧" + surname[^1] + "丁"));

        var page1 = await (await client.GetAsync($"/api/v1/workers?name={Uri.EscapeDataString(surname)}&pageSize=2&sort=name", Ct)).BodyAsync();
        Assert.Equal(3, (int)page1["total"]!);
        // Ordinal (code point) order: 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532.
        Assert.Equal([surname + "丙", surname + "乙"], page1["items"]!.AsArray().Select(i => (string)i!["name"]!).ToArray());
        var page2 = await (await client.GetAsync($"/api/v1/workers?name={Uri.EscapeDataString(surname)}&pageSize=2&page=2&sort=name", Ct)).BodyAsync();
        Assert.Single(page2["items"]!.AsArray());
        var descending = await (await client.GetAsync($"/api/v1/workers?name={Uri.EscapeDataString(surname)}&sort=-name", Ct)).BodyAsync();
        Assert.Equal(surname + "甲", (string?)descending["items"]![0]!["name"]);

        var graduates = await Search(client, $"name={Uri.EscapeDataString(surname)}&group=CollegeGraduate&district=500103");
        Assert.Equal(3, graduates.Count);
        Assert.Empty(await Search(client, $"name={Uri.EscapeDataString(surname)}&group=Veteran"));
        Assert.Empty(await Search(client, $"name={Uri.EscapeDataString(surname)}&district=500105"));
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task Search_by_counselor_finds_their_caseload()
    {
        using var client = await app.ClientAsAsync("counselor");
        var staffId = (await DemoUsers.FindAsync(app, "counselor")).StaffMemberId!.Value;
        var body = TestData.Worker(name: "李分配", change: w => w["counselorId"] = staffId);
        var id = (long)(await (await client.PostJsonAsync("/api/v1/workers", body)).BodyAsync())["id"]!;

        var mine = await (await client.GetAsync($"/api/v1/workers?counselorId={staffId}&pageSize=200&sort=-createdAt", Ct)).BodyAsync();
        Assert.Contains(mine["items"]!.AsArray(), i => (long)i!["id"]! == id);
        Assert.All(mine["items"]!.AsArray(), i => Assert.Equal(staffId, (long)i!["counselorId"]!));
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task Every_view_search_reveal_and_change_is_in_the_audit_log_without_plain_identifiers()
    {
        using var client = await app.ClientAsAsync("counselor");
        var idNumber = TestData.NewIdNumber();
        var created = await (await client.PostJsonAsync("/api/v1/workers", TestData.Worker(idNumber, name: "周审计"))).BodyAsync();
        var id = (long)created["id"]!;
        await client.GetAsync($"/api/v1/workers/{id}", Ct);
        await client.GetAsync($"/api/v1/workers?idNumber={idNumber}", Ct);
        var revealed = await WorkersApiTests.RevealIdAsync(client, id);
        Assert.Equal(idNumber, revealed);
        await app.FlushAuditAsync();

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Worker" && (a.EntityId == key || a.EntityId!.Contains(key)))
            .ToListAsync(Ct);
        Assert.Contains(entries, e => e.Action == AuditAction.Create && e.UserName == "counselor");
        Assert.Contains(entries, e => e.Action == AuditAction.View);
        Assert.Contains(entries, e => e.Action == AuditAction.Search && e.Fields!.Contains("idNumber=", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditAction.Reveal && e.Fields!.Contains("测试核对身份", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(idNumber, e.Fields ?? "", StringComparison.Ordinal));
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task The_head_browses_the_audit_log_and_a_counselor_may_not()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var id = (long)(await (await counselor.PostJsonAsync("/api/v1/workers", TestData.Worker())).BodyAsync())["id"]!;
        await counselor.GetAsync($"/api/v1/workers/{id}", Ct);
        await app.FlushAuditAsync();

        using var head = await app.ClientAsAsync("head");
        var page = await (await head.GetAsync($"/api/v1/audit?entityType=Worker&entityId={id}", Ct)).BodyAsync();
        var actions = page["items"]!.AsArray().Select(i => (string)i!["action"]!).ToList();
        Assert.Contains("Create", actions);
        Assert.Contains("View", actions);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/api/v1/audit", Ct)).StatusCode);

        // The other unit's head does not see this unit's trail.
        using var manager2 = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager2.GetAsync("/api/v1/audit", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task The_audit_log_cannot_be_changed_even_by_SQL()
    {
        using var client = await app.ClientAsAsync("counselor");
        await client.PostJsonAsync("/api/v1/workers", TestData.Worker());
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "someone-else"), Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteDeleteAsync(Ct));
        Assert.True(await db.AuditEntries.AnyAsync(Ct));
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task An_export_is_masked_and_audited()
    {
        using var client = await app.ClientAsAsync("counselor");
        var idNumber = TestData.NewIdNumber();
        var name = "吴导出" + Random.Shared.Next(100, 999);
        var id = (long)(await (await client.PostJsonAsync("/api/v1/workers", TestData.Worker(idNumber, name: name))).BodyAsync())["id"]!;

        var response = await client.GetAsync($"/api/v1/workers/export.csv?name={Uri.EscapeDataString(name)}", Ct);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("编号,姓名", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(name, csv, StringComparison.Ordinal);
        Assert.Contains(idNumber[..4] + "**********" + idNumber[^4..], csv, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, csv, StringComparison.Ordinal);

        await app.FlushAuditAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.EntityId == key && a.Fields!.Contains("rows=1"), Ct));
    }

    private static async Task<List<long>> Search(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/workers?" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.BodyAsync())["items"]!.AsArray().Select(i => (long)i!["id"]!)];
    }
}

[Collection(OnSqlite.Name)]
public sealed class WorkerSearchAndAuditSqliteTests(SqliteApp app) : WorkerSearchAndAuditTests(app);

[Collection(OnPostgres.Name)]
public sealed class WorkerSearchAndAuditPostgresTests(PostgresApp app) : WorkerSearchAndAuditTests(app);
