using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Surveys;

namespace GuidanceDesk.Tests.Domain.Surveys;

/// <summary>
/// Data from a known satisfaction model, for the PLS tests: standardized latents following the CCSI paths below (each
/// disturbance sized so that every latent has unit variance), and each item = loading · latent + noise (unit variance).
/// Also the population correlation matrix the model implies, so tests can tell PLS's own bias from sampling error.
/// </summary>
public static class CcsiSample
{
    public static readonly IReadOnlyDictionary<(Latent From, Latent To), double> Paths = new Dictionary<(Latent, Latent), double>
    {
        [(Latent.Image, Latent.Expectation)] = 0.6,
        [(Latent.Expectation, Latent.Quality)] = 0.7,
        [(Latent.Expectation, Latent.Value)] = 0.3, [(Latent.Quality, Latent.Value)] = 0.5,
        [(Latent.Image, Latent.Satisfaction)] = 0.15, [(Latent.Expectation, Latent.Satisfaction)] = 0.1,
        [(Latent.Quality, Latent.Satisfaction)] = 0.35, [(Latent.Value, Latent.Satisfaction)] = 0.35,
        [(Latent.Satisfaction, Latent.Complaint)] = 0.5,
        [(Latent.Image, Latent.Loyalty)] = 0.2, [(Latent.Satisfaction, Latent.Loyalty)] = 0.5, [(Latent.Complaint, Latent.Loyalty)] = 0.15,
    };

    /// <summary>By item (im1 … lo2). co1 is the complaint block's only item, so it is the latent itself (loading 1).</summary>
    public static readonly double[] Loadings = [0.9, 0.85, 0.85, 0.9, 0.9, 0.85, 0.9, 0.9, 0.85, 0.9, 0.85, 1.0, 0.9, 0.85];

    private const int K = 7;

    /// <summary>The latents' correlations the paths imply; the latents are in an order where every path goes forward.</summary>
    public static double[,] LatentCorrelations()
    {
        var s = new double[K, K];
        for (var j = 0; j < K; j++)
        {
            s[j, j] = 1;
            for (var k = 0; k < j; k++)
                s[j, k] = s[k, j] = Predecessors(j).Sum(p => p.Beta * s[p.From, k]);
        }

        return s;
    }

    /// <summary>The items' population correlations: λᵢ λₗ cor(latentᵢ, latentₗ) off the diagonal.</summary>
    public static double[,] ItemCorrelations()
    {
        var s = LatentCorrelations();
        var items = SurveyItems.All;
        var r = new double[items.Count, items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            for (var l = 0; l < items.Count; l++)
                r[i, l] = i == l ? 1 : Loadings[i] * Loadings[l] * s[(int)items[i].Latent, (int)items[l].Latent];
        }

        return r;
    }

    /// <summary>n rows of the 14 items (standardized, scored direction), from a fixed seed.</summary>
    public static IReadOnlyList<double[]> Items(int n, int seed)
    {
        var s = LatentCorrelations();
        var disturbance = Enumerable.Range(0, K).Select(j =>
        {
            var p = Predecessors(j);
            return Math.Sqrt(1 - p.Sum(a => p.Sum(b => a.Beta * b.Beta * s[a.From, b.From])));
        }).ToArray();
        var rng = new Random(seed);
        var rows = new List<double[]>(n);
        for (var row = 0; row < n; row++)
        {
            var y = new double[K];
            for (var j = 0; j < K; j++)
                y[j] = Predecessors(j).Sum(p => p.Beta * y[p.From]) + disturbance[j] * Normal(rng);
            rows.Add([.. SurveyItems.All.Select(i => Loadings[i.Index] * y[(int)i.Latent] + Math.Sqrt(1 - Loadings[i.Index] * Loadings[i.Index]) * Normal(rng))]);
        }

        return rows;
    }

    /// <summary>The same rows as 1–10 answers as a respondent gives them: co1 turned back (answer = 11 − score).</summary>
    public static IReadOnlyList<int[]> Answers(int n, int seed) =>
        [.. Items(n, seed).Select(x => SurveyItems.All.Select(i =>
        {
            var score = Math.Clamp((int)Math.Round(6 + 1.6 * x[i.Index]), 1, 10);
            return i.Reversed ? 11 - score : score;
        }).ToArray())];

    /// <summary>The correlation matrix of some rows.</summary>
    public static double[,] Correlations(IReadOnlyList<double[]> rows)
    {
        var p = rows[0].Length;
        var mean = Enumerable.Range(0, p).Select(i => rows.Average(r => r[i])).ToArray();
        var c = new double[p, p];
        foreach (var r in rows)
        {
            for (var i = 0; i < p; i++)
            {
                for (var l = 0; l < p; l++)
                    c[i, l] += (r[i] - mean[i]) * (r[l] - mean[l]);
            }
        }

        var result = new double[p, p];
        for (var i = 0; i < p; i++)
        {
            for (var l = 0; l < p; l++)
                result[i, l] = c[i, l] / Math.Sqrt(c[i, i] * c[l, l]);
        }

        return result;
    }

    public static (int From, int To)[] InnerPaths => [.. SatisfactionPls.Paths.Select(p => ((int)p.From, (int)p.To))];

    public static int[] Blocks => [.. SurveyItems.All.Select(i => (int)i.Latent)];

    private static List<(int From, double Beta)> Predecessors(int j) =>
        [.. Paths.Where(p => (int)p.Key.To == j).Select(p => ((int)p.Key.From, p.Value))];

    /// <summary>Box–Muller: a standard normal from two uniforms.</summary>
    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
