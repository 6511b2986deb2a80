using System.Net;
using System.Text.RegularExpressions;
using GuidanceDesk.Tests.Domain.Surveys;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static GuidanceDesk.Tests.Features.Surveys.SurveyKit;

namespace GuidanceDesk.Tests.Features.Surveys;

/// <summary>The index weights by method — configured, regression, PLS — through the API, the page and the export, on SQLite and PostgreSQL.</summary>
public abstract partial class SurveyWeightsTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "9.2.1")]
    public async Task Pls_weights_are_estimated_from_the_answers_and_the_model_is_reported()
    {
        // A quarter no other test writes in: 60 responses drawn from a known satisfaction model.
        var answers = CcsiSample.Answers(60, seed: 5);
        await RespondAllAsync(new DateTimeOffset(2017, 7, 3, 2, 0, 0, TimeSpan.Zero), answers);
        using var head = await app.ClientAsAsync("admin");
        const string period = "from=2017-07-01&to=2017-09-30";

        var r = await head.GetFromJsonOkAsync($"/api/v1/surveys/index?{period}&weights=pls");
        Assert.Equal(("Pls", true), ((string?)r["weightMethod"], (bool)r["weightsEstimated"]!));
        var model = r["model"]!;
        Assert.Equal((60, 60, true, false), ((int)model["responses"]!, (int)model["periodResponses"]!, (bool)model["converged"]!, (bool)model["sampled"]!));
        Assert.Equal((12, 14), (model["paths"]!.AsArray().Count, model["items"]!.AsArray().Count));
        Assert.NotNull(model["rSquared"]!["Satisfaction"]);
        Assert.Contains("60 份", (string?)r["weightsNote"], StringComparison.Ordinal);
        // The weights are those of the same model on the same answers in memory: the database read the items faithfully.
        var expected = SatisfactionPls.Estimate(ItemMoments.Of(answers), 60).Weights!;
        var weights = r["weights"]!.AsObject();
        Assert.Equal(4, weights.Count);
        foreach (var (driver, w) in expected)
            Assert.Equal(Math.Round(w, 4), (double)weights[driver.ToString()]!, 4);

        // Any case; the older estimateWeights=true means regression; weights wins over it; an unknown method is a 400.
        Assert.Equal("Pls", (string?)(await head.GetFromJsonOkAsync($"/api/v1/surveys/index?{period}&weights=PLS"))["weightMethod"]);
        Assert.Equal("Regression", (string?)(await head.GetFromJsonOkAsync($"/api/v1/surveys/index?{period}&estimateWeights=true"))["weightMethod"]);
        var configured = await head.GetFromJsonOkAsync($"/api/v1/surveys/index?{period}&estimateWeights=true&weights=configured");
        Assert.Equal("Configured", (string?)configured["weightMethod"]);
        Assert.Null(configured["model"]);
        var bad = await head.GetAsync($"/api/v1/surveys/index?{period}&weights=pca", Ct).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["weights"]);

        var page = await head.GetStringAsync("/Surveys?From=2017-07-01&To=2017-09-30&Weights=Pls", Ct);
        Assert.Matches(SelectedPls(), page);
        Assert.Contains("data-model=\"pls\" data-responses=\"60\"", page, StringComparison.Ordinal);
        Assert.Contains("模型估计", page, StringComparison.Ordinal);
        Assert.Contains("data-item=\"co1\"", page, StringComparison.Ordinal);

        var xlsx = await head.GetAsync($"/api/v1/surveys/index/export.xlsx?{period}&weights=pls", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        Assert.Superset(new HashSet<string> { "权重", "PLS路径", "PLS题项" }, new HashSet<string>(MiniExcel.GetSheetNames(stream)));
    }

    [Fact, Trait("Clause", "9.2.1")]
    public async Task Too_few_responses_for_pls_fall_back_to_the_configured_weights_with_a_note()
    {
        await RespondAllAsync(new DateTimeOffset(2018, 2, 5, 2, 0, 0, TimeSpan.Zero), CcsiSample.Answers(8, seed: 3));
        using var head = await app.ClientAsAsync("admin");

        var r = await head.GetFromJsonOkAsync("/api/v1/surveys/index?from=2018-01-01&to=2018-03-31&weights=pls");
        Assert.Equal(8, (int)r["overall"]!["responses"]!);
        Assert.Equal(("Configured", false), ((string?)r["weightMethod"], (bool)r["weightsEstimated"]!));
        Assert.Equal(SatisfactionPls.TooFew, (string?)r["weightsNote"]);
        Assert.Null(r["model"]);
        Assert.Equal(0.4, (double)r["weights"]!["Quality"]!); // Surveys:IndexWeights default

        var page = await head.GetStringAsync("/Surveys?From=2018-01-01&To=2018-03-31&Weights=Pls", Ct);
        Assert.Matches(SelectedPls(), page);
        Assert.Contains("有效问卷少于 30 份", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-model=\"pls\"", page, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public async Task A_large_period_is_read_as_every_kth_response_by_id()
    {
        // The sample rule with a cap of 10 instead of 20,000: 40 responses → k = 4, the responses whose id is a multiple of 4.
        var answers = CcsiSample.Answers(40, seed: 9);
        var at = new DateTimeOffset(2016, 4, 4, 2, 0, 0, TimeSpan.Zero);
        await RespondAllAsync(at, answers);
        var (from, to) = (at.AddDays(-1), at.AddDays(30));
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var inPeriod = db.SatisfactionResponses.Where(x => x.RespondedAt >= from && x.RespondedAt < to);

        var sample = await ItemMoments.SampleAsync(inPeriod, 40, 10, Ct);
        var all = await inPeriod.AsNoTracking().Select(x => new { x.Id, x.Answers }).ToListAsync(Ct);
        var expected = ItemMoments.Of(all.Where(x => x.Id % 4 == 0).Select(x => x.Answers));
        Assert.Equal(40, all.Count);
        Assert.InRange(sample.N, 1, 10);
        Assert.Equal(expected.N, sample.N);
        Assert.Equal(expected.Sum, sample.Sum);
        var whole = await ItemMoments.SampleAsync(inPeriod, 40, ItemMoments.MaxSample, Ct);
        Assert.Equal(ItemMoments.Of(answers).Sum, whole.Sum);
    }

    private async Task RespondAllAsync(DateTimeOffset start, IReadOnlyList<int[]> answers)
    {
        var counselor = (await DemoUsers.FindAsync(app, "counselor")).StaffMemberId;
        var worker = (await DemoUsers.FindAsync(app, "worker2")).WorkerId!.Value;
        for (var i = 0; i < answers.Count; i++)
            await RespondedAsync(app, worker, start.AddHours(i), answers[i], counselor);
    }

    /// <summary>The weights select with PLS chosen, whatever order the tag helper writes the attributes in.</summary>
    [GeneratedRegex("<option (?=[^>]*value=\"Pls\")(?=[^>]*selected)[^>]*>")]
    private static partial Regex SelectedPls();
}

[Collection(OnSqlite.Name)]
public sealed class SurveyWeightsSqliteTests(SqliteApp app) : SurveyWeightsTests(app);

[Collection(OnPostgres.Name)]
public sealed class SurveyWeightsPostgresTests(PostgresApp app) : SurveyWeightsTests(app);
