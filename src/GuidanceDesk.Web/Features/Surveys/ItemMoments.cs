using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// n, Σxᵢ and Σxᵢxⱼ of the 14 scored items (co1 turned round) of some responses: the PLS model runs on their correlation
/// matrix. The answers are a primitive collection (a JSON text on SQLite, an array on PostgreSQL), not columns, so the
/// database cannot sum them the same way on both: the rows are read — a systematic sample of them for a large period.
/// </summary>
public sealed class ItemMoments
{
    /// <summary>Enough for correlations to ±0.014 (1/√n) and a PLS estimate within a fraction of a second.</summary>
    public const int MaxSample = 20_000;

    private static readonly int P = SurveyItems.All.Count;

    public long N { get; private set; }
    public double[] Sum { get; } = new double[P];
    /// <summary>Σ xᵢ·xⱼ, full symmetric matrix.</summary>
    public double[,] Cross { get; } = new double[P, P];

    public static ItemMoments Of(IEnumerable<IReadOnlyList<int>> responses)
    {
        var m = new ItemMoments();
        foreach (var answers in responses)
            m.Add(answers);
        return m;
    }

    /// <summary>Adds one response's answers (as given, indexed like <see cref="SurveyItems.All"/>).</summary>
    public void Add(IReadOnlyList<int> answers)
    {
        if (answers.Count != P)
            return; // cannot be scored item by item; every stored response has all 14 (checked on entry)
        var x = new double[P];
        foreach (var item in SurveyItems.All)
            x[item.Index] = SurveyItems.Scored(item, answers[item.Index]);
        N++;
        for (var i = 0; i < P; i++)
        {
            Sum[i] += x[i];
            for (var j = 0; j < P; j++)
                Cross[i, j] += x[i] * x[j];
        }
    }

    /// <summary>The items' correlation matrix; null with fewer than two responses or when an item never varies.</summary>
    public double[,]? Correlations()
    {
        if (N < 2)
            return null;
        var cov = new double[P, P];
        for (var i = 0; i < P; i++)
        {
            for (var j = 0; j < P; j++)
                cov[i, j] = (Cross[i, j] - Sum[i] * Sum[j] / N) / N;
        }

        for (var i = 0; i < P; i++)
        {
            if (cov[i, i] < 1e-9)
                return null;
        }

        var r = new double[P, P];
        for (var i = 0; i < P; i++)
        {
            for (var j = 0; j < P; j++)
                r[i, j] = i == j ? 1 : cov[i, j] / Math.Sqrt(cov[i, i] * cov[j, j]);
        }

        return r;
    }

    /// <summary>
    /// The moments of the responses, from at most <paramref name="max"/> (normally <see cref="MaxSample"/>) of them: every
    /// k-th by id, k = ⌈n / max⌉ (<paramref name="n"/> counted by the caller), streamed so that a
    /// city-year of a million rows is never held in memory; only the answers column is read. Ids follow the order the
    /// responses came in, so the sample is spread evenly over the period.
    /// </summary>
    public static async Task<ItemMoments> SampleAsync(IQueryable<SatisfactionResponse> responses, long n, int max, CancellationToken ct)
    {
        var k = Math.Max(1, (n + max - 1) / max);
        var q = responses.AsNoTracking();
        if (k > 1)
            q = q.Where(r => r.Id % k == 0);
        var m = new ItemMoments();
        await foreach (var answers in q.Select(r => r.Answers).AsAsyncEnumerable().WithCancellation(ct))
        {
            m.Add(answers);
            if (m.N >= max)
                break; // ids need not be evenly spread over the filter; the cap holds regardless
        }

        return m;
    }
}
