namespace GuidanceDesk.Web.Features.Surveys;

/// <param name="OuterWeights">Per item: its weight in its latent's score (every score has unit variance).</param>
/// <param name="Loadings">Per item: its correlation with its latent's score.</param>
/// <param name="LatentCorrelations">Correlations of the latent scores.</param>
/// <param name="Paths">B[to, from]: the coefficient of the path from → to (0 where the model has no such path).</param>
/// <param name="RSquared">Per latent: R² of its regression on its predecessors; null for an exogenous latent.</param>
/// <param name="TotalEffects">T[to, from] = ((I − B)⁻¹ − I)[to, from]: the direct effect plus every indirect one.</param>
/// <param name="N">The responses behind the correlation matrix.</param>
public sealed record PlsResult(double[] OuterWeights, double[] Loadings, double[,] LatentCorrelations, double[,] Paths, double?[] RSquared,
    double[,] TotalEffects, int Iterations, bool Converged, long N);

/// <summary>
/// A PLS path model (PLS-SEM: Wold's algorithm in Lohmöller's formulation) estimated from the correlation matrix R of the
/// items. Every step is linear in the standardized items zᵢ — a latent score is Yⱼ = Σ wᵢ zᵢ over the items of its block —
/// so every moment the algorithm needs is a weighted sum of entries of R: cov(zᵢ, Yₖ) = Σ_{l∈k} wₗ rᵢₗ and
/// cor(Yⱼ, Yₖ) = Σ_{i∈j} Σ_{l∈k} wᵢ wₗ rᵢₗ. Once R is known no row is needed, and R is at most 14×14 here.
/// Outer model reflective (Mode A), inner weighting by the path scheme; the loop stops when no outer weight moves by
/// <see cref="Tolerance"/> or more, or after <see cref="MaxIterations"/> (then the result says it did not converge).
/// </summary>
public static class PlsPathModel
{
    public const double Tolerance = 1e-7;
    public const int MaxIterations = 300;

    /// <param name="r">The p×p correlation matrix of the items.</param>
    /// <param name="block">For each item, the index of its latent (0 … latents − 1); every latent has at least one item.</param>
    /// <param name="latents">How many latents (blocks).</param>
    /// <param name="paths">The inner model as (from, to) pairs of latents; recursive (no cycle).</param>
    /// <param name="n">The responses behind R, carried into the result.</param>
    /// <returns>Null when the data cannot support the model: an item or score without variance, or collinear predecessors.</returns>
    public static PlsResult? Estimate(double[,] r, int[] block, int latents, IReadOnlyList<(int From, int To)> paths, long n)
    {
        // Equal weights to start: the first scores are the item means that the index itself uses.
        var w = Enumerable.Repeat(1.0, block.Length).ToArray();
        if (!Standardize(r, block, latents, w))
            return null;
        var (iterations, converged) = (0, false);
        while (!converged && iterations < MaxIterations)
        {
            iterations++;
            var inner = InnerWeights(Correlations(r, block, latents, w), latents, paths);
            if (inner is null)
                return null;
            // Mode A: wᵢ ∝ cov(zᵢ, Ẑⱼ), with Ẑⱼ = Σₖ eⱼₖ Yₖ the inner estimate of the item's own latent j.
            var next = new double[w.Length];
            for (var i = 0; i < w.Length; i++)
            {
                for (var k = 0; k < latents; k++)
                    next[i] += inner[block[i], k] * ItemLatent(r, block, w, i, k);
            }

            if (!Standardize(r, block, latents, next))
                return null;
            converged = w.Zip(next, (a, b) => Math.Abs(a - b)).Max() < Tolerance;
            w = next;
        }

        return Result(r, block, latents, paths, w, iterations, converged, n);
    }

    /// <summary>With the final weights: loadings, the inner regressions (paths and R²) and the total effects.</summary>
    private static PlsResult? Result(double[,] r, int[] block, int latents, IReadOnlyList<(int From, int To)> paths, double[] w,
        int iterations, bool converged, long n)
    {
        var c = Correlations(r, block, latents, w);
        var loadings = Enumerable.Range(0, w.Length).Select(i => ItemLatent(r, block, w, i, block[i])).ToArray();
        var b = new double[latents, latents];
        var r2 = new double?[latents];
        for (var j = 0; j < latents; j++)
        {
            var predecessors = Predecessors(paths, j);
            if (predecessors.Count == 0)
                continue;
            var beta = Regress(c, predecessors, j);
            if (beta is null)
                return null;
            for (var t = 0; t < predecessors.Count; t++)
                b[j, predecessors[t]] = beta[t];
            r2[j] = predecessors.Select((k, t) => beta[t] * c[k, j]).Sum();
        }

        // (I − B)⁻¹ = I + B + B² + … sums the effects along paths of every length; less I, that is the total effect.
        var identityLessB = new double[latents, latents];
        for (var i = 0; i < latents; i++)
        {
            for (var j = 0; j < latents; j++)
                identityLessB[i, j] = (i == j ? 1 : 0) - b[i, j];
        }

        var total = LinearAlgebra.Inverse(identityLessB);
        if (total is null)
            return null; // only a cyclic inner model gets here
        for (var i = 0; i < latents; i++)
            total[i, i] -= 1;
        return new PlsResult(w, loadings, c, b, r2, total, iterations, converged, n);
    }

    /// <summary>
    /// The path weighting scheme: a latent's predecessors weigh by their coefficients in its regression on them, its
    /// successors by their correlation with it. Null if the predecessors of some latent are collinear.
    /// </summary>
    private static double[,]? InnerWeights(double[,] c, int latents, IReadOnlyList<(int From, int To)> paths)
    {
        var e = new double[latents, latents];
        for (var j = 0; j < latents; j++)
        {
            var predecessors = Predecessors(paths, j);
            if (predecessors.Count > 0)
            {
                var beta = Regress(c, predecessors, j);
                if (beta is null)
                    return null;
                for (var t = 0; t < predecessors.Count; t++)
                    e[j, predecessors[t]] = beta[t];
            }

            foreach (var (from, to) in paths)
            {
                if (from == j)
                    e[j, to] = c[j, to];
            }
        }

        return e;
    }

    /// <summary>
    /// Scales each block's weights so that its score has unit variance (var Yⱼ = Σ wᵢ wₗ rᵢₗ over the block), and turns
    /// the block round when its items load negatively on the whole: a latent's sign is arbitrary in PLS, and every item
    /// here is scored so that higher is better, so a score must rise with its items (this also keeps a one-item block from
    /// flipping sign between iterations). False when a score would have no variance.
    /// </summary>
    private static bool Standardize(double[,] r, int[] block, int latents, double[] w)
    {
        for (var j = 0; j < latents; j++)
        {
            var (variance, loadings) = (0.0, 0.0);
            for (var i = 0; i < w.Length; i++)
            {
                for (var l = 0; l < w.Length; l++)
                {
                    if (block[i] != j || block[l] != j)
                        continue;
                    variance += w[i] * w[l] * r[i, l];
                    loadings += w[l] * r[i, l];
                }
            }

            if (!(variance > 1e-12)) // also NaN: an item that never varies has no correlations
                return false;
            var scale = (loadings < 0 ? -1 : 1) / Math.Sqrt(variance);
            for (var i = 0; i < w.Length; i++)
            {
                if (block[i] == j)
                    w[i] *= scale;
            }
        }

        return true;
    }

    private static double[,] Correlations(double[,] r, int[] block, int latents, double[] w)
    {
        var c = new double[latents, latents];
        for (var i = 0; i < w.Length; i++)
        {
            for (var l = 0; l < w.Length; l++)
                c[block[i], block[l]] += w[i] * w[l] * r[i, l];
        }

        return c;
    }

    /// <summary>cov(zᵢ, Yₖ) = Σ_{l∈k} wₗ rᵢₗ; the loading when k is the item's own latent.</summary>
    private static double ItemLatent(double[,] r, int[] block, double[] w, int i, int k)
    {
        var sum = 0.0;
        for (var l = 0; l < w.Length; l++)
        {
            if (block[l] == k)
                sum += w[l] * r[i, l];
        }

        return sum;
    }

    private static List<int> Predecessors(IReadOnlyList<(int From, int To)> paths, int j) => [.. paths.Where(p => p.To == j).Select(p => p.From)];

    /// <summary>Standardized OLS of latent j on the given latents, from their correlations: β = C_PP⁻¹ C_Pj.</summary>
    private static double[]? Regress(double[,] c, List<int> predecessors, int j)
    {
        var k = predecessors.Count;
        var a = new double[k, k + 1];
        for (var s = 0; s < k; s++)
        {
            for (var t = 0; t < k; t++)
                a[s, t] = c[predecessors[s], predecessors[t]];
            a[s, k] = c[predecessors[s], j];
        }

        return LinearAlgebra.Solve(a, k);
    }
}
