using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Surveys;

namespace GuidanceDesk.Tests.Domain.Surveys;

/// <summary>The PLS path model against hand figures, ordinary regression, and data generated from a known model.</summary>
public sealed class PlsPathModelTests
{
    private const int Sat = (int)Latent.Satisfaction;

    [Fact, Trait("Clause", "9.2.1")]
    public void With_one_item_per_block_the_paths_are_the_standardized_regression_coefficients_by_hand()
    {
        // x1, x2 → y with r12 = .3, r1y = .5, r2y = .4:
        // β1 = (r1y − r12·r2y) / (1 − r12²) = (.5 − .12) / .91 = .417582; β2 = (.4 − .15) / .91 = .274725;
        // R² = β1·r1y + β2·r2y = .208791 + .109890 = .318681.
        double[,] r = { { 1, .3, .5 }, { .3, 1, .4 }, { .5, .4, 1 } };
        var fit = PlsPathModel.Estimate(r, [0, 1, 2], 3, [(0, 2), (1, 2)], n: 100)!;
        Assert.True(fit.Converged);
        Assert.All(fit.OuterWeights, w => Assert.Equal(1, w, 12));
        Assert.Equal(.417582, fit.Paths[2, 0], 6);
        Assert.Equal(.274725, fit.Paths[2, 1], 6);
        Assert.Equal(.318681, fit.RSquared[2]!.Value, 6);
        Assert.Null(fit.RSquared[0]);
        Assert.Equal(fit.Paths[2, 0], fit.TotalEffects[2, 0], 12); // no indirect path
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void With_one_item_per_block_the_ccsi_paths_equal_least_squares_on_the_rows()
    {
        // One item per latent (the first of each block): PLS reduces to regressions of the scores. Least squares is done
        // here on the raw rows (covariances, intercept, residuals), not on correlations, and then standardized.
        var firsts = SurveyItems.Latents.Select(l => SurveyItems.All.First(i => i.Latent == l).Index).ToArray();
        var rows = CcsiSample.Items(2000, seed: 11).Select(x => firsts.Select(i => 3 + 2 * x[i]).ToArray()).ToList();
        var fit = PlsPathModel.Estimate(CcsiSample.Correlations(rows), [0, 1, 2, 3, 4, 5, 6], 7, CcsiSample.InnerPaths, rows.Count)!;

        int[] drivers = [0, 1, 2, 3];
        var (beta, r2) = LeastSquares(rows, drivers, Sat);
        var mean = Enumerable.Range(0, 7).Select(j => rows.Average(x => x[j])).ToArray();
        var sd = Enumerable.Range(0, 7).Select(j => Math.Sqrt(rows.Sum(x => Math.Pow(x[j] - mean[j], 2)))).ToArray();
        foreach (var (d, t) in drivers.Select((d, t) => (d, t)))
            Assert.Equal(beta[t] * sd[d] / sd[Sat], fit.Paths[Sat, d], 9);
        Assert.Equal(r2, fit.RSquared[Sat]!.Value, 9);
        Assert.Equal(1, fit.Iterations); // the weights cannot move from 1
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void In_a_two_block_model_mode_a_weights_follow_the_loadings_by_hand()
    {
        // One factor per block, loadings (.9, .6) and (.8, .7), factor correlation .5: the cross-correlations are rank one,
        // so Mode A weights are proportional to the loadings. Block 1: var(.9c, .6c) = c²(.81 + .36 + 2·.54·.54) = 1.7532 c²
        // → c = 1/√1.7532 = .755239, w = (.679715, .453143). Block 2: 1.13 + 2·.56·.56 = 1.7572 → c = .754379,
        // w = (.603503, .528065). Path = cor(Y1, Y2) = c1·c2·(.81 + .36)·.5·(.64 + .49) = .376624.
        double[,] r =
        {
            { 1, .54, .36, .315 }, { .54, 1, .24, .21 },
            { .36, .24, 1, .56 }, { .315, .21, .56, 1 },
        };
        var fit = PlsPathModel.Estimate(r, [0, 0, 1, 1], 2, [(0, 1)], n: 100)!;
        Assert.True(fit.Converged);
        double[] expected = [.679715, .453143, .603503, .528065];
        for (var i = 0; i < 4; i++)
            Assert.Equal(expected[i], fit.OuterWeights[i], tolerance: 1e-6);
        Assert.Equal(.376624, fit.Paths[1, 0], tolerance: 1e-6);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void A_model_generated_with_known_paths_is_recovered_within_the_stated_tolerance()
    {
        var rows = CcsiSample.Items(5000, seed: 20260503);
        var fit = PlsPathModel.Estimate(CcsiSample.Correlations(rows), CcsiSample.Blocks, 7, CcsiSample.InnerPaths, rows.Count)!;
        var population = PlsPathModel.Estimate(CcsiSample.ItemCorrelations(), CcsiSample.Blocks, 7, CcsiSample.InnerPaths, long.MaxValue)!;
        Assert.True(fit.Converged);
        Assert.InRange(fit.Iterations, 2, 20);

        // Tolerance 0.12 against the generating values: PLS scores are composites that carry measurement error, so with
        // two items per block PLS underestimates paths and overestimates loadings — on the population matrix itself by
        // up to 0.085 here (PLS is consistent only "at large"). Sampling error at n = 5000 adds ±0.03 (checked against
        // PLS on the population matrix).
        foreach (var ((from, to), beta) in CcsiSample.Paths)
        {
            Assert.InRange(fit.Paths[(int)to, (int)from], beta - 0.12, beta + 0.12);
            Assert.InRange(fit.Paths[(int)to, (int)from], population.Paths[(int)to, (int)from] - 0.04, population.Paths[(int)to, (int)from] + 0.04);
        }

        for (var i = 0; i < CcsiSample.Loadings.Length; i++)
        {
            Assert.InRange(fit.Loadings[i], CcsiSample.Loadings[i] - 0.12, CcsiSample.Loadings[i] + 0.12);
            Assert.InRange(fit.Loadings[i], population.Loadings[i] - 0.04, population.Loadings[i] + 0.04);
        }
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Equal_loadings_give_equal_outer_weights()
    {
        // The population matrix of a model whose items load equally within each block: nothing tells the items apart.
        var s = CcsiSample.LatentCorrelations();
        var items = SurveyItems.All;
        var r = new double[items.Count, items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            for (var l = 0; l < items.Count; l++)
                r[i, l] = i == l ? 1 : .8 * .8 * s[(int)items[i].Latent, (int)items[l].Latent];
        }

        var fit = PlsPathModel.Estimate(r, CcsiSample.Blocks, 7, CcsiSample.InnerPaths, 1000)!;
        Assert.True(fit.Converged);
        foreach (var block in items.GroupBy(i => i.Latent))
        {
            var w = block.Select(i => fit.OuterWeights[i.Index]).ToList();
            Assert.All(w, x => Assert.Equal(w[0], x, 9));
            Assert.All(block, i => Assert.Equal(fit.Loadings[block.First().Index], fit.Loadings[i.Index], 9));
        }
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Total_effects_add_every_indirect_path()
    {
        var fit = PlsPathModel.Estimate(CcsiSample.ItemCorrelations(), CcsiSample.Blocks, 7, CcsiSample.InnerPaths, 1000)!;
        var b = fit.Paths;
        int im = 0, ex = 1, pq = 2, pv = 3;
        // Value: direct. Quality: direct + via value. Expectation: direct + via quality (and quality → value) + via value.
        // Image: direct + via expectation's total effect.
        var value = b[Sat, pv];
        var quality = b[Sat, pq] + b[pv, pq] * value;
        var expectation = b[Sat, ex] + b[pq, ex] * quality + b[pv, ex] * value;
        var image = b[Sat, im] + b[ex, im] * expectation;
        Assert.Equal(value, fit.TotalEffects[Sat, pv], 12);
        Assert.Equal(quality, fit.TotalEffects[Sat, pq], 12);
        Assert.Equal(expectation, fit.TotalEffects[Sat, ex], 12);
        Assert.Equal(image, fit.TotalEffects[Sat, im], 12);
        Assert.Equal(0, fit.TotalEffects[im, Sat]); // nothing flows back
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Index_weights_are_the_drivers_total_effects_non_negative_and_summing_to_one()
    {
        // Answers as respondents give them (1–10, co1 the wrong way round): the weights follow the generating total
        // effects on satisfaction, normalized — image .4935, expectation .5725, quality .525, value .35 (sum 1.941).
        var items = ItemMoments.Of(CcsiSample.Answers(5000, seed: 20260503));
        var (weights, model, note) = SatisfactionPls.Estimate(items, 5000);
        Assert.NotNull(weights);
        Assert.Equal(1, weights.Values.Sum(), 9);
        Assert.All(weights.Values, w => Assert.True(w >= 0));
        var expected = new Dictionary<Latent, double>
        {
            [Latent.Image] = .4935 / 1.941, [Latent.Expectation] = .5725 / 1.941, [Latent.Quality] = .525 / 1.941, [Latent.Value] = .35 / 1.941,
        };
        foreach (var (driver, w) in expected)
            Assert.InRange(weights[driver], w - 0.05, w + 0.05);

        Assert.NotNull(model);
        Assert.True(model.Converged);
        Assert.False(model.Sampled);
        Assert.Equal(5000, model.Responses);
        Assert.Equal(12, model.Paths.Count);
        Assert.Equal(14, model.Items.Count);
        // co1 is turned round before the model sees it: satisfaction lowers complaint, i.e. raises its reversed score.
        Assert.True(model.Paths.Single(p => p.To == Latent.Complaint).Coefficient > 0.3);
        Assert.InRange(model.RSquared["Satisfaction"], 0.4, 0.8);
        Assert.Contains("5000", note, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Negative_total_effects_weigh_nothing()
    {
        var t = new double[7, 7];
        (t[Sat, 0], t[Sat, 1], t[Sat, 2], t[Sat, 3]) = (.2, -.1, .6, .2);
        var w = SatisfactionPls.ImportanceWeights(new PlsResult([], [], t, t, new double?[7], t, 3, true, 100))!;
        Assert.Equal(.2, w[Latent.Image], 12);
        Assert.Equal(0, w[Latent.Expectation]);
        Assert.Equal(.6, w[Latent.Quality], 12);
        Assert.Equal(.2, w[Latent.Value], 12);
        t[Sat, 0] = t[Sat, 2] = t[Sat, 3] = -1;
        Assert.Null(SatisfactionPls.ImportanceWeights(new PlsResult([], [], t, t, new double?[7], t, 3, true, 100)));
    }

    [Fact, Trait("Clause", "9.2.1")]
    public void Too_few_or_unvarying_answers_give_no_weights_and_say_why()
    {
        var few = SatisfactionPls.Estimate(ItemMoments.Of(CcsiSample.Answers(29, seed: 1)), 29);
        Assert.Null(few.Weights);
        Assert.Null(few.Model);
        Assert.Equal(SatisfactionPls.TooFew, few.Note);
        var same = SatisfactionPls.Estimate(ItemMoments.Of(Enumerable.Repeat(Enumerable.Repeat(7, 14).ToArray(), 40)), 40);
        Assert.Null(same.Weights);
        Assert.Equal(SatisfactionPls.Unsupported, same.Note);
    }

    /// <summary>OLS of column y on columns xs with an intercept, by the normal equations on covariances; R² from residuals.</summary>
    private static (double[] Beta, double R2) LeastSquares(List<double[]> rows, int[] xs, int y)
    {
        var mean = Enumerable.Range(0, rows[0].Length).Select(j => rows.Average(r => r[j])).ToArray();
        double Cov(int a, int b) => rows.Sum(r => (r[a] - mean[a]) * (r[b] - mean[b]));
        var a = new double[xs.Length, xs.Length + 1];
        for (var s = 0; s < xs.Length; s++)
        {
            for (var t = 0; t < xs.Length; t++)
                a[s, t] = Cov(xs[s], xs[t]);
            a[s, xs.Length] = Cov(xs[s], y);
        }

        var beta = LinearAlgebra.Solve(a, xs.Length)!;
        var intercept = mean[y] - xs.Select((x, t) => beta[t] * mean[x]).Sum();
        var residual = rows.Sum(r => Math.Pow(r[y] - intercept - xs.Select((x, t) => beta[t] * r[x]).Sum(), 2));
        return (beta, 1 - residual / Cov(y, y));
    }
}
