using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// Sufficient statistics of a set of responses: n, Σsᵢ and Σsᵢsⱼ over the seven latent scores (1–10). They add up across
/// groups, so the database returns them grouped finely and any coarser grouping is a sum; from them come every mean,
/// variance, correlation, the index of any weights with its confidence interval, and the regression weights — no row is
/// read into memory.
/// </summary>
public sealed class Moments
{
    public const int K = 7;

    public long N { get; private set; }
    public double[] Sum { get; } = new double[K];
    /// <summary>Σ sᵢ·sⱼ, full symmetric matrix.</summary>
    public double[,] Cross { get; } = new double[K, K];

    public static Moments Of(IEnumerable<double[]> responses)
    {
        var m = new Moments();
        foreach (var s in responses)
        {
            m.N++;
            for (var i = 0; i < K; i++)
            {
                m.Sum[i] += s[i];
                for (var j = 0; j < K; j++)
                    m.Cross[i, j] += s[i] * s[j];
            }
        }

        return m;
    }

    public void Add(long n, double[] sum, double[,] cross)
    {
        N += n;
        for (var i = 0; i < K; i++)
        {
            Sum[i] += sum[i];
            for (var j = 0; j < K; j++)
                Cross[i, j] += cross[i, j];
        }
    }

    public void Add(Moments other) => Add(other.N, other.Sum, other.Cross);

    public double Mean(Latent l) => N == 0 ? double.NaN : Sum[(int)l] / N;

    /// <summary>Sample covariance (n − 1).</summary>
    public double Cov(int i, int j) => N < 2 ? 0 : (Cross[i, j] - Sum[i] * Sum[j] / N) / (N - 1);

    public double Correlation(Latent a, Latent b)
    {
        var d = Math.Sqrt(Cov((int)a, (int)a) * Cov((int)b, (int)b));
        return d <= 0 ? 0 : Cov((int)a, (int)b) / d;
    }
}

public enum IpaQuadrant
{
    PriorityImprove = 1, // 优先改进：重要性高、表现低
    Maintain = 2,        // 继续保持：重要性高、表现高
    LowPriority = 3,     // 次要改进：重要性低、表现低
    Overkill = 4,        // 过度投入：重要性低、表现高
}

/// <summary>The index formulas (GB/T 19038 style), kept free of the database so that they are unit-tested by hand figures.</summary>
public static class IndexMath
{
    /// <summary>A 1–10 mean as a 0–100 score: (x̄ − 1) / 9 × 100.</summary>
    public static double Score(double mean) => (mean - 1) / 9 * 100;

    /// <summary>Σ wᵢ (x̄ᵢ − 1) / 9 × 100.</summary>
    public static double Index(Moments m, IReadOnlyDictionary<Latent, double> w) => w.Sum(x => x.Value * Score(m.Mean(x.Key)));

    /// <summary>
    /// The 95% confidence interval of the index: the per-response index yᵢ = Σ wₖ (sₖ − 1) / 9 × 100 is linear in the
    /// scores, so Var(y) = (100/9)² · wᵀ Σ w with Σ the sample covariance of the scores; half-width t·√(Var(y)/n).
    /// </summary>
    public static (double Low, double High) ConfidenceInterval(Moments m, IReadOnlyDictionary<Latent, double> w)
    {
        var index = Index(m, w);
        if (m.N < 2)
            return (index, index);
        var v = 0.0;
        foreach (var a in w)
            foreach (var b in w)
                v += a.Value * b.Value * m.Cov((int)a.Key, (int)b.Key);
        var half = T95(m.N - 1) * Math.Sqrt(Math.Max(0, v) * (100.0 / 9) * (100.0 / 9) / m.N);
        return (index - half, index + half);
    }

    /// <summary>Two-sided 95% Student t quantile; 1.96 beyond 30 degrees of freedom.</summary>
    public static double T95(long df) => df switch
    {
        <= 0 => double.NaN,
        1 => 12.706, 2 => 4.303, 3 => 3.182, 4 => 2.776, 5 => 2.571, 6 => 2.447, 7 => 2.365, 8 => 2.306, 9 => 2.262, 10 => 2.228,
        <= 15 => 2.131, <= 20 => 2.086, <= 30 => 2.042,
        _ => 1.96,
    };

    /// <summary>
    /// Weights estimated from the data — honestly named: standardized multiple regression of overall satisfaction on the
    /// driver latents (scores are the equally weighted item means), negative coefficients set to 0, rescaled to sum 1.
    /// The quick alternative to the PLS path model (<see cref="SatisfactionPls"/>): no outer-weight iteration, exact on the
    /// whole period; see docs/surveys.md. Null when the data cannot support it (too few responses, or the drivers do not vary).
    /// </summary>
    public static IReadOnlyDictionary<Latent, double>? RegressionWeights(Moments m, IReadOnlyList<Latent> drivers)
    {
        var k = drivers.Count;
        if (m.N < k + 2)
            return null;
        var r = new double[k, k + 1];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
                r[i, j] = m.Correlation(drivers[i], drivers[j]);
            r[i, k] = m.Correlation(drivers[i], Latent.Satisfaction);
        }

        var beta = LinearAlgebra.Solve(r, k);
        if (beta is null)
            return null;
        var positive = beta.Select(b => Math.Max(0, b)).ToArray();
        var total = positive.Sum();
        if (total <= 0)
            return null;
        return drivers.Select((d, i) => (d, positive[i] / total)).ToDictionary(x => x.d, x => x.Item2);
    }

    /// <summary>
    /// Importance–performance quadrants: the cross-lines are the means of importance and of performance over the points;
    /// a value on a line counts as high.
    /// </summary>
    public static IReadOnlyDictionary<Latent, IpaQuadrant> Quadrants(IReadOnlyDictionary<Latent, (double Importance, double Performance)> points)
    {
        if (points.Count == 0)
            return new Dictionary<Latent, IpaQuadrant>();
        var i0 = points.Values.Average(p => p.Importance);
        var p0 = points.Values.Average(p => p.Performance);
        return points.ToDictionary(p => p.Key, p => (p.Value.Importance >= i0, p.Value.Performance >= p0) switch
        {
            (true, false) => IpaQuadrant.PriorityImprove,
            (true, true) => IpaQuadrant.Maintain,
            (false, false) => IpaQuadrant.LowPriority,
            _ => IpaQuadrant.Overkill,
        });
    }

    public static string Name(IpaQuadrant q) => q switch
    {
        IpaQuadrant.PriorityImprove => "优先改进",
        IpaQuadrant.Maintain => "继续保持",
        IpaQuadrant.LowPriority => "次要改进",
        _ => "过度投入",
    };
}
