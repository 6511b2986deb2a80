using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Features.Surveys;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Features.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Privacy.PrivacyKit;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>
/// The nightly anonymisation after the retention period (4.6.2b, 7.2.1). Its sweep moves years ahead and anonymises every
/// record whose term has ended — the demo workers too — so these tests have a database of their own.
/// </summary>
public abstract class AnonymisationTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "9.2.1")]
    public async Task Records_are_anonymised_only_after_their_archive_term_and_the_statistics_and_conformance_report_stay_the_same()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var kept = await NewWorkerAsync(counselor, "保管期内");
        var caseId = await CaseInGuidanceAsync(counselor, kept);
        await counselor.PostOkAsync($"/api/v1/cases/{caseId}/records", Record());
        await counselor.PostOkAsync($"/api/v1/cases/{caseId}/close", new JsonObject
        {
            ["outcome"] = "Employed", ["employerName"] = "重庆某公司", ["occupationCode"] = "4-01-02-01", ["startedOn"] = Today,
            ["monthlyPay"] = 5200, ["reason"] = "已入职",
        });
        var idle = await NewWorkerAsync(counselor, "登记未服务");
        var active = await NewWorkerAsync(counselor, "仍在服务");
        await OpenCaseAsync(counselor, active);
        await SurveyKit.FileAllAsync(app);
        await using (var scope = app.Scope())
            await ArchiveKeeping.ApplyRetentionAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System, Ct);
        var period = $"from={Day(-30)}&to={Today}";

        // Six years on: inactive for more than five, but the case's forms are kept ten years; a registration alone is not.
        await using (var sixYears = app.HostAt(new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(6))))
        {
            var before = await FiguresAsync(sixYears, period);
            var run = await RunAsync(sixYears);
            Assert.True(run.RetentionEnded >= 1);
            Assert.Equal(before, await FiguresAsync(sixYears, period));
        }
        Assert.Equal((false, true, false), await AnonymisedAsync(kept, idle, active));

        await using var elevenYears = app.HostAt(new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(11)));
        var figures = await FiguresAsync(elevenYears, period);
        Assert.True(JsonNode.Parse(figures)!["statistics"]!["casesClosed"]!.GetValue<long>() >= 1);
        await RunAsync(elevenYears);
        Assert.Equal(figures, await FiguresAsync(elevenYears, period));
        Assert.Equal((true, true, false), await AnonymisedAsync(kept, idle, active));
        Assert.Equal(new AnonymisationRun(0, 0), await RunAsync(elevenYears)); // a rerun finds nothing left to do

        var stored = await QueryAsync(app, db => new
        {
            Case = db.GuidanceCases.Where(c => c.Id == caseId).Select(c => new { c.ClosedWith, c.ClosedWorkerGroups, c.Intake!.Situation }).First(),
            Worker = db.Workers.Where(w => w.Id == kept).Select(w => new { w.Gender, w.ResidenceDistrictCode, w.Education, w.SpecialGroups }).First(),
            Live = db.ArchiveItems.Count(i => i.WorkerId == kept && i.DisposedAt == null),
        });
        Assert.Equal((OutcomeKind.Employed, SpecialGroups.CollegeGraduate, PersonalText.Placeholder),
            (stored.Case.ClosedWith, stored.Case.ClosedWorkerGroups, stored.Case.Situation));
        Assert.Equal(("500103", Education.Bachelor, SpecialGroups.CollegeGraduate), (stored.Worker.ResidenceDistrictCode, stored.Worker.Education, stored.Worker.SpecialGroups));
        Assert.Equal(0, stored.Live);

        // Anonymised records are counted, never shown: the head's worker page says so, the audit log says who did it.
        using var head = await elevenYears.ClientAsAsync("head");
        Assert.Contains("data-anonymised", await head.GetStringAsync($"/Workers/Details/{kept}", Ct), StringComparison.Ordinal);
        var keptKey = Key(kept);
        Assert.Contains(await QueryAsync(app, db => db.AuditEntries.Where(a => a.EntityType == "Worker" && a.EntityId == keptKey
            && a.Action == AuditAction.Delete).Select(a => a.UserName).ToList()), u => u == SystemUser.Id);
    }

    /// <summary>The head's statistics and conformance report for the period, without the moment and duration of computing them.</summary>
    private static async Task<string> FiguresAsync(WebApplicationFactory<Program> host, string period)
    {
        using var head = await host.ClientAsAsync("head");
        var statistics = await head.GetFromJsonOkAsync($"/api/v1/statistics?{period}");
        var conformance = await head.GetFromJsonOkAsync($"/api/v1/quality/conformance?{period}");
        foreach (var o in new[] { statistics, conformance })
        {
            o.Remove("computedAt");
            o.Remove("elapsedMs");
        }
        return new JsonObject { ["statistics"] = statistics, ["conformance"] = conformance }.ToJsonString();
    }

    private static async Task<AnonymisationRun> RunAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        SystemUser.Enter(scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>());
        return await scope.ServiceProvider.GetRequiredService<AnonymisationJob>().RunOnceAsync(Ct);
    }

    private async Task<(bool, bool, bool)> AnonymisedAsync(long a, long b, long c) => await QueryAsync(app, db =>
    {
        bool Is(long id) => db.Workers.Where(w => w.Id == id).Select(w => w.AnonymisedAt != null).First();
        return (Is(a), Is(b), Is(c));
    });
}

/// <summary>A SQLite app of the anonymisation tests' own.</summary>
public sealed class AnonymisationSqliteApp : SqliteApp;

/// <summary>A PostgreSQL database of the anonymisation tests' own.</summary>
public sealed class AnonymisationPostgresApp : PostgresApp;

[CollectionDefinition(Name)]
public sealed class AnonymisationOnSqlite : ICollectionFixture<AnonymisationSqliteApp>
{
    public const string Name = "anonymisation sqlite app";
}

[CollectionDefinition(Name)]
public sealed class AnonymisationOnPostgres : ICollectionFixture<AnonymisationPostgresApp>
{
    public const string Name = "anonymisation postgres app";
}

[Collection(AnonymisationOnSqlite.Name)]
public sealed class AnonymisationSqliteTests(AnonymisationSqliteApp app) : AnonymisationTests(app);

[Collection(AnonymisationOnPostgres.Name)]
public sealed class AnonymisationPostgresTests(AnonymisationPostgresApp app) : AnonymisationTests(app);
