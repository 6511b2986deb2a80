using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// 顾客满意指数 (9.2.1, GB/T 19038) for a period, filtered and grouped by unit, counselor, service kind and channel: per
/// latent the mean and its 0–100 score, the index with its 95% CI, the response rate, the importance–performance
/// quadrants of the drivers, the trend over the last four quarters and the latest comments. Two grouped queries per
/// period (responses, invitations) plus one for the trend quarters, and for PLS weights one read of a sample of the
/// answers; everything else is arithmetic on the returned cells.
/// </summary>
public sealed class SatisfactionIndex(AppDbContext db, SurveyAccess access, IOptions<SurveyOptions> options, TimeProvider time,
    IServiceScopeFactory scopes)
{
    /// <remarks>
    /// The scans — responses, invitations, the trend quarters and, for PLS weights, the sample of answers — do not depend
    /// on each other: they run at once, all but the first on contexts of their own, so a city-year waits for the longest
    /// scan instead of their sum.
    /// </remarks>
    public async Task<IndexReport> ReportAsync(IndexFilter requested, CancellationToken ct, bool trend = true)
    {
        var f = access.Narrow(requested);
        var (from, to) = Bounds(f.From, f.To);
        var now = time.GetUtcNow();
        var invitedTask = InScopeAsync(other => other.InvitationsAsync(f, from, to, now, ct));
        var trendTask = trend ? InScopeAsync(other => other.TrendMomentsAsync(f, ct)) : null;
        // PLS needs the items, which only the rows hold: a sample of them, read alongside the cells (it counts for itself).
        var sampleTask = f.WeightMethod == WeightMethod.Pls ? InScopeAsync(other => other.SampleItemsAsync(f, from, to, ct)) : null;
        var cells = await ResponseMoments.CellsAsync(access.Responses(f, from, to), ct);
        var invitations = await invitedTask;

        var all = Sum(cells.Values);
        var choice = await IndexWeights.ChooseAsync(f.WeightMethod, options.Value.Weights(), all,
            _ => sampleTask ?? Task.FromResult(new ItemMoments()), ct);
        var weights = choice.Weights;
        var overall = Row("all", "合计", all, invitations.Values.Sum(), weights, ipa: true);
        var groups = f.GroupBy == IndexGrouping.None ? [] : await GroupsAsync(f.GroupBy, cells, invitations, weights, ct);
        var trendPoints = trendTask is null ? [] : Trend(await trendTask, weights);
        var comments = access.SeesComments && !overall.Suppressed ? await CommentsAsync(f, from, to, ct) : [];
        return new IndexReport(f, weights.ToDictionary(w => w.Key.ToString(), w => Math.Round(w.Value, 4)), choice.Method != WeightMethod.Configured,
            choice.Note, overall, groups, trendPoints, comments, choice.Method, choice.Model);
    }

    /// <summary>
    /// The index, responses and response rate of the period with the configured weights — what the head's dashboard
    /// shows — from one sum over the responses and one count of the invitations, without the cells, CI or trend.
    /// </summary>
    public async Task<(double? Index, long Responses, double? ResponseRate)> HeadlineAsync(IndexFilter requested, CancellationToken ct)
    {
        var f = access.Narrow(requested);
        var (from, to) = Bounds(f.From, f.To);
        var now = time.GetUtcNow();
        var m = await ResponseMoments.TotalAsync(access.Responses(f, from, to), ct);
        var settled = await access.Invitations(f, from, to).LongCountAsync(s => s.RespondedAt != null || s.ExpiresAt <= now, ct);
        var rate = settled == 0 ? (double?)null : Math.Round((double)Math.Min(m.N, settled) / settled, 3);
        var suppressed = access.IsCounselorOnly && m.N < SurveyAccess.CounselorMinimum;
        if (m.N == 0 || suppressed)
            return (null, suppressed ? 0 : m.N, rate);
        return (Math.Round(IndexMath.Index(m, options.Value.Weights()), 1), m.N, rate);
    }

    private async Task<T> InScopeAsync<T>(Func<SatisfactionIndex, Task<T>> part)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await part(scope.ServiceProvider.GetRequiredService<SatisfactionIndex>());
    }

    /// <summary>The item moments of a systematic sample of the period's responses, sized by their count.</summary>
    private async Task<ItemMoments> SampleItemsAsync(IndexFilter f, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var n = await access.Responses(f, from, to).LongCountAsync(ct);
        return n < SatisfactionPls.MinimumResponses ? new ItemMoments() : await ItemMoments.SampleAsync(access.Responses(f, from, to), n, ItemMoments.MaxSample, ct);
    }

    /// <summary>Settled invitations per cell: answered, or expired unanswered (one still open may yet be answered).</summary>
    private async Task<Dictionary<CellKey, long>> InvitationsAsync(IndexFilter f, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, CancellationToken ct)
    {
        var invited = await access.Invitations(f, from, to)
            .GroupBy(s => new { s.ServiceUnitId, s.CounselorId, s.Service, s.Channel })
            .Select(g => new
            {
                g.Key.ServiceUnitId, g.Key.CounselorId, g.Key.Service, g.Key.Channel,
                Settled = g.Count(s => s.RespondedAt != null || s.ExpiresAt <= now),
            }).ToListAsync(ct);
        return invited.ToDictionary(i => new CellKey(i.ServiceUnitId, i.CounselorId, i.Service, i.Channel), i => (long)i.Settled);
    }

    /// <summary>The index of some responses (a project's), with the configured weights; null when there are none.</summary>
    public async Task<double?> IndexOfAsync(IQueryable<SatisfactionResponse> responses, CancellationToken ct)
    {
        var m = Sum((await ResponseMoments.CellsAsync(responses, ct)).Values);
        return m.N == 0 ? null : Math.Round(IndexMath.Index(m, options.Value.Weights()), 1);
    }

    public static (DateTimeOffset From, DateTimeOffset To) Bounds(DateOnly from, DateOnly to) =>
        (AgencyClock.At(from, TimeOnly.MinValue), AgencyClock.At(to.AddDays(1), TimeOnly.MinValue));

    private static Moments Sum(IEnumerable<Moments> cells)
    {
        var m = new Moments();
        foreach (var c in cells)
            m.Add(c);
        return m;
    }

    private IndexRow Row(string key, string label, Moments m, long invitations, IReadOnlyDictionary<Latent, double> w, bool ipa)
    {
        var suppressed = access.IsCounselorOnly && m.N < SurveyAccess.CounselorMinimum;
        var rate = invitations == 0 ? (double?)null : Math.Round((double)Math.Min(m.N, invitations) / invitations, 3);
        if (m.N == 0 || suppressed)
            return new IndexRow(key, label, suppressed ? 0 : m.N, invitations, rate, null, null, null,
                [.. SurveyItems.Latents.Select(l => new LatentScore(l, SurveyItems.Name(l), null, null, null, null))], suppressed);
        var (low, high) = IndexMath.ConfidenceInterval(m, w);
        var quadrants = ipa
            ? IndexMath.Quadrants(SurveyItems.Drivers.ToDictionary(d => d, d => (m.Correlation(d, Latent.Satisfaction), IndexMath.Score(m.Mean(d)))))
            : new Dictionary<Latent, IpaQuadrant>();
        var latents = SurveyItems.Latents.Select(l => new LatentScore(l, SurveyItems.Name(l), Math.Round(m.Mean(l), 2), Math.Round(IndexMath.Score(m.Mean(l)), 1),
            ipa && SurveyItems.Drivers.Contains(l) ? Math.Round(m.Correlation(l, Latent.Satisfaction), 3) : null,
            quadrants.TryGetValue(l, out var q) ? q : null)).ToList();
        return new IndexRow(key, label, m.N, invitations, rate, Math.Round(IndexMath.Index(m, w), 1), Math.Round(low, 1), Math.Round(high, 1), latents, false);
    }

    private async Task<IReadOnlyList<IndexRow>> GroupsAsync(IndexGrouping by, Dictionary<CellKey, Moments> cells, Dictionary<CellKey, long> invitations,
        IReadOnlyDictionary<Latent, double> w, CancellationToken ct)
    {
        Func<CellKey, string> key = by switch
        {
            IndexGrouping.Unit => c => c.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            IndexGrouping.Counselor => c => c.CounselorId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            IndexGrouping.Service => c => c.Service?.ToString() ?? "",
            _ => c => c.Channel.ToString(),
        };
        var labels = await LabelsAsync(by, [.. cells.Keys.Concat(invitations.Keys).Select(key).Distinct()], ct);
        return [.. cells.Keys.Concat(invitations.Keys).Select(key).Distinct().Order(StringComparer.Ordinal).Select(k =>
        {
            var m = Sum(cells.Where(c => key(c.Key) == k).Select(c => c.Value));
            var inv = invitations.Where(i => key(i.Key) == k).Sum(i => i.Value);
            return Row(k, labels.GetValueOrDefault(k, "（未注明）"), m, inv, w, ipa: false);
        })];
    }

    private async Task<Dictionary<string, string>> LabelsAsync(IndexGrouping by, List<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => long.TryParse(k, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(i => i > 0).ToList();
        return by switch
        {
            IndexGrouping.Unit => await db.ServiceUnits.Where(u => ids.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u => u.Name, ct),
            IndexGrouping.Counselor => await db.StaffMembers.Where(s => ids.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Name, ct),
            IndexGrouping.Service => Enum.GetValues<ServiceKind>().ToDictionary(k => k.ToString(), CaseTimeline.KindName),
            _ => Enum.GetValues<Channel>().ToDictionary(c => c.ToString(), c => c == Channel.Online ? "线上" : "线下"),
        };
    }

    private sealed record TrendMoments(List<(int Year, int Quarter)> Quarters, Moments[] Moments);

    /// <summary>The four quarters ending with the one the period ends in, in one grouped scan.</summary>
    private async Task<TrendMoments> TrendMomentsAsync(IndexFilter f, CancellationToken ct)
    {
        var quarters = new List<(int Year, int Quarter)>();
        var (year, quarter) = (f.To.Year, IndexFilter.QuarterOf(f.To));
        for (var back = 3; back >= 0; back--)
        {
            var (q, y) = (quarter - back, year);
            if (q < 1)
                (q, y) = (q + 4, y - 1);
            quarters.Add((y, q));
        }

        var starts = quarters.Select(q => Bounds(IndexFilter.Quarter(q.Year, q.Quarter).From, IndexFilter.Quarter(q.Year, q.Quarter).From).From).ToArray();
        var end = Bounds(f.To, IndexFilter.Quarter(year, quarter).To).To;
        return new TrendMoments(quarters, await ResponseMoments.QuartersAsync(access.Responses(f, starts[0], end), starts, ct));
    }

    private IReadOnlyList<TrendPoint> Trend(TrendMoments t, IReadOnlyDictionary<Latent, double> w) =>
        [.. t.Quarters.Select((q, i) =>
        {
            var m = t.Moments[i];
            var hidden = m.N == 0 || (access.IsCounselorOnly && m.N < SurveyAccess.CounselorMinimum);
            return new TrendPoint($"{q.Year}Q{q.Quarter}", hidden ? 0 : m.N, hidden ? null : Math.Round(IndexMath.Index(m, w), 1));
        })];

    private async Task<IReadOnlyList<SurveyComment>> CommentsAsync(IndexFilter f, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var rows = await access.Responses(f, from, to).Where(r => r.Comment != null)
            .OrderByDescending(r => r.RespondedAt).Take(50)
            .Join(db.ServiceUnits, r => r.ServiceUnitId, u => u.Id, (r, u) => new { r.RespondedAt, u.Name, r.Comment })
            .ToListAsync(ct);
        return [.. rows.Select(r => new SurveyComment(AgencyClock.DateOf(r.RespondedAt), r.Name, r.Comment!))];
    }
}
