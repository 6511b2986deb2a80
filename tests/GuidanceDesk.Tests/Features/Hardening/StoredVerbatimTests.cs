using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, injection strings a field may hold: they are stored exactly as typed (the API gives them back unchanged) and
/// every page shows them encoded — the markup never reaches the browser as markup.
/// </summary>
public abstract class StoredVerbatimTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Name = "<script>alert(1)</script>";
    private const string Note = "' OR 1=1-- <img src=x onerror=alert(2)> \"><svg onload=alert(3)>";

    [Fact, Trait("Clause", "4.4d")]
    public async Task Markup_and_SQL_in_a_field_are_stored_verbatim_and_shown_encoded()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var worker = await NewWorkerAsync(counselor, Name, change: w => w["residenceAddress"] = Note);
        var employerResponse = await counselor.PostJsonAsync("/api/v1/employers", TestData.Employer(name: Name));
        Assert.Equal(HttpStatusCode.Created, employerResponse.StatusCode);
        var employer = (long)(await employerResponse.BodyAsync())["id"]!;

        var stored = await counselor.GetFromJsonOkAsync($"/api/v1/workers/{worker}");
        Assert.Equal(Name, (string?)stored["name"]);
        Assert.Equal(Note, (string?)stored["residenceAddress"]);
        Assert.Equal(Name, (string?)(await counselor.GetFromJsonOkAsync($"/api/v1/employers/{employer}"))["name"]);

        foreach (var page in new[] { $"/Workers/Details/{worker}", $"/Workers/Edit/{worker}", $"/Workers?name={Uri.EscapeDataString(Name)}",
                     $"/Employers/Details/{employer}" })
        {
            var response = await counselor.GetAsync(page, Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
        var details = await counselor.GetStringAsync($"/Workers/Details/{worker}", Ct);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", details, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_search_for_an_injection_string_finds_nothing_and_breaks_nothing()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var before = (int)(await counselor.GetFromJsonOkAsync("/api/v1/workers?pageSize=1"))["total"]!;
        var found = await counselor.PostJsonAsync("/api/v1/workers/search", new JsonObject { ["name"] = "' OR 1=1--" }).OkAsync();
        Assert.DoesNotContain(found["items"]!.AsArray(), i => ((string)i!["name"]!).Contains("测试", StringComparison.Ordinal));
        var all = await counselor.PostJsonAsync("/api/v1/workers/search", new JsonObject { ["name"] = "%" }).OkAsync();
        Assert.True((int)all["total"]! < before || before <= 1, "a % in a name matched every worker: the LIKE pattern is not escaped");
    }
}

[Collection(OnSqlite.Name)]
public sealed class StoredVerbatimSqliteTests(SqliteApp app) : StoredVerbatimTests(app);

[Collection(OnPostgres.Name)]
public sealed class StoredVerbatimPostgresTests(PostgresApp app) : StoredVerbatimTests(app);
