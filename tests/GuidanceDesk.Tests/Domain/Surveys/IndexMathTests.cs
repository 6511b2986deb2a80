using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Surveys;

namespace GuidanceDesk.Tests.Domain.Surveys;

/// <summary>The index formulas against figures computed by hand (the working is in the comments).</summary>
public sealed class IndexMathTests
{
    private static readonly IReadOnlyDictionary<Latent, double> Weights = SurveyOptions.DefaultWeights;

    // Latent scores (image, expectation, quality, value, satisfaction, complaint (already reversed), loyalty).
    private static readonly double[][] Three =
    [
        [10, 8, 10, 7, 9, 10, 10],
        [7, 6, 8, 7, 8, 8, 8],
        [4, 7, 6, 4, 5, 3, 4],
    ];

    [Fact, Trait("Clause", "9.2.1")]
    public void Score_maps_one_to_zero_and_ten_to_a_hundred()
    {
        Assert.Equal(0, IndexMath.Score(1));
        Assert.Equal(100, IndexMath.Score(10));
        Assert.Equal(50, IndexMath.Score(5.5), 9);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void The_index_and_its_confidence_interval_match_the_hand_computation()
    {
        var m = Moments.Of(Three);
        // Means: image (10+7+4)/3 = 7, expectation (8+6+7)/3 = 7, quality (10+8+6)/3 = 8, value (7+7+4)/3 = 6.
        // Scores: (7−1)/9×100 = 66.667, 66.667, (8−1)/9×100 = 77.778, (6−1)/9×100 = 55.556.
        // Index: .15×66.667 + .15×66.667 + .40×77.778 + .30×55.556 = 10 + 10 + 31.111 + 16.667 = 67.778.
        Assert.Equal(67.778, IndexMath.Index(m, Weights), 3);
        // Per response y = Σw(s−1)/9×100: (1.35+1.05+3.6+1.8)=7.8 → 86.667; (0.9+0.75+2.8+1.8)=6.25 → 69.444;
        // (0.45+0.9+2.0+0.9)=4.25 → 47.222. Deviations 18.889, 1.667, −20.556; Σd² = 782.099; s² = 391.049; s = 19.775;
        // SE = 19.775/√3 = 11.417; t(2) = 4.303; half-width 49.128 → [18.650, 116.905].
        var (low, high) = IndexMath.ConfidenceInterval(m, Weights);
        Assert.Equal(18.650, low, tolerance: 0.01);
        Assert.Equal(116.905, high, tolerance: 0.01);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Moments_add_up_across_groups()
    {
        var whole = Moments.Of(Three);
        var parts = Moments.Of(Three[..1]);
        parts.Add(Moments.Of(Three[1..]));
        Assert.Equal(whole.N, parts.N);
        Assert.Equal(IndexMath.Index(whole, Weights), IndexMath.Index(parts, Weights), 9);
        Assert.Equal(whole.Correlation(Latent.Quality, Latent.Satisfaction), parts.Correlation(Latent.Quality, Latent.Satisfaction), 9);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Quadrants_use_the_means_as_cross_lines()
    {
        // Importance mean = (0.9+0.8+0.4+0.3)/4 = 0.6; performance mean = (50+80+40+90)/4 = 65.
        // image: high importance, low performance → 优先改进; expectation: high, high → 继续保持;
        // quality: low, low → 次要改进; value: low, high → 过度投入.
        var q = IndexMath.Quadrants(new Dictionary<Latent, (double, double)>
        {
            [Latent.Image] = (0.9, 50), [Latent.Expectation] = (0.8, 80), [Latent.Quality] = (0.4, 40), [Latent.Value] = (0.3, 90),
        });
        Assert.Equal(IpaQuadrant.PriorityImprove, q[Latent.Image]);
        Assert.Equal(IpaQuadrant.Maintain, q[Latent.Expectation]);
        Assert.Equal(IpaQuadrant.LowPriority, q[Latent.Quality]);
        Assert.Equal(IpaQuadrant.Overkill, q[Latent.Value]);
        Assert.Equal("优先改进", IndexMath.Name(q[Latent.Image]));
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Latent_scores_average_the_items_and_turn_the_complaint_item_round()
    {
        var answers = SurveyItems.All.Select(i => i.Code switch { "pq1" => 10, "pq2" => 7, "pq3" => 4, "co1" => 3, _ => 6 }).ToList();
        var s = SurveyItems.LatentScores(answers);
        Assert.Equal(7, s[(int)Latent.Quality]);   // (10 + 7 + 4) / 3
        Assert.Equal(8, s[(int)Latent.Complaint]); // 11 − 3: little reason to complain scores high
        Assert.Equal(6, s[(int)Latent.Image]);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Every_item_is_checked_field_by_field()
    {
        var answers = SurveyItems.All.Select(i => (int?)5).ToList();
        answers[4] = null;
        answers[12] = 0;
        var errors = SurveyItems.Check(answers, new string('字', 1001));
        Assert.Equal(["comment", "lo1", "pq1"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Regression_weights_follow_the_driver_that_explains_satisfaction()
    {
        // Satisfaction moves with quality only; the other drivers vary independently of it.
        var rows = new List<double[]>();
        var rng = new Random(7);
        for (var i = 0; i < 400; i++)
        {
            var quality = rng.Next(1, 11);
            rows.Add([rng.Next(1, 11), rng.Next(1, 11), quality, rng.Next(1, 11), quality, 5, 5]);
        }

        var w = IndexMath.RegressionWeights(Moments.Of(rows), SurveyItems.Drivers)!;
        Assert.Equal(1, w.Values.Sum(), 9);
        Assert.True(w[Latent.Quality] > 0.9, string.Join(", ", w));
        Assert.Null(IndexMath.RegressionWeights(Moments.Of(rows.Take(3)), SurveyItems.Drivers));
    }
}
