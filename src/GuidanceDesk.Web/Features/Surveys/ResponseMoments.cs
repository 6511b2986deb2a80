using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>The finest grouping the database returns; every report is a sum over these cells.</summary>
public sealed record CellKey(long UnitId, long? CounselorId, ServiceKind? Service, Channel Channel);

/// <summary>
/// The grouped aggregates behind the satisfaction index: per (unit, counselor, service kind, channel) cell, n, the seven
/// sums and the 15 sums of products among the four drivers and overall satisfaction (what the CI, the correlations and
/// the regression need; complaint and loyalty are reported by their means only) — one GROUP BY over the responses of the period, so a million
/// responses are summed by the database and only a few hundred cells come back.
/// </summary>
public static class ResponseMoments
{
    public static async Task<Dictionary<CellKey, Moments>> CellsAsync(IQueryable<SatisfactionResponse> responses, CancellationToken ct)
    {
        var rows = await responses
            .GroupBy(r => new { r.ServiceUnitId, r.CounselorId, r.Service, r.Channel })
            .Select(g => new Row
            {
                UnitId = g.Key.ServiceUnitId, CounselorId = g.Key.CounselorId, Service = g.Key.Service, Channel = g.Key.Channel,
                N = g.LongCount(),
                S0 = g.Sum(r => r.Image),
                S1 = g.Sum(r => r.Expectation),
                S2 = g.Sum(r => r.Quality),
                S3 = g.Sum(r => r.Value),
                S4 = g.Sum(r => r.Satisfaction),
                S5 = g.Sum(r => r.Complaint),
                S6 = g.Sum(r => r.Loyalty),
                C00 = g.Sum(r => r.Image * r.Image),
                C01 = g.Sum(r => r.Image * r.Expectation),
                C02 = g.Sum(r => r.Image * r.Quality),
                C03 = g.Sum(r => r.Image * r.Value),
                C04 = g.Sum(r => r.Image * r.Satisfaction),
                C11 = g.Sum(r => r.Expectation * r.Expectation),
                C12 = g.Sum(r => r.Expectation * r.Quality),
                C13 = g.Sum(r => r.Expectation * r.Value),
                C14 = g.Sum(r => r.Expectation * r.Satisfaction),
                C22 = g.Sum(r => r.Quality * r.Quality),
                C23 = g.Sum(r => r.Quality * r.Value),
                C24 = g.Sum(r => r.Quality * r.Satisfaction),
                C33 = g.Sum(r => r.Value * r.Value),
                C34 = g.Sum(r => r.Value * r.Satisfaction),
                C44 = g.Sum(r => r.Satisfaction * r.Satisfaction),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => new CellKey(r.UnitId, r.CounselorId, r.Service, r.Channel), r => r.ToMoments());
    }

    /// <summary>
    /// n and the sums of the latents per quarter of the four quarters starting at <paramref name="starts"/>[0]: one scan,
    /// grouped by which quarter the response falls in (enough for the index of each quarter, which is linear in the means).
    /// </summary>
    public static async Task<Moments[]> QuartersAsync(IQueryable<SatisfactionResponse> responses, DateTimeOffset[] starts, CancellationToken ct)
    {
        var (q1, q2, q3) = (starts[1], starts[2], starts[3]);
        var rows = await responses
            .GroupBy(r => r.RespondedAt < q1 ? 0 : r.RespondedAt < q2 ? 1 : r.RespondedAt < q3 ? 2 : 3)
            .Select(g => new
            {
                g.Key, N = g.LongCount(),
                S0 = g.Sum(r => r.Image), S1 = g.Sum(r => r.Expectation), S2 = g.Sum(r => r.Quality), S3 = g.Sum(r => r.Value),
                S4 = g.Sum(r => r.Satisfaction), S5 = g.Sum(r => r.Complaint), S6 = g.Sum(r => r.Loyalty),
            }).ToListAsync(ct);
        var result = Enumerable.Range(0, 4).Select(_ => new Moments()).ToArray();
        foreach (var r in rows)
            result[r.Key].Add(r.N, [r.S0, r.S1, r.S2, r.S3, r.S4, r.S5, r.S6], new double[Moments.K, Moments.K]);
        return result;
    }

    /// <summary>n and the sums of the latents over all the responses: enough for the index (linear in the means), not for its CI.</summary>
    public static async Task<Moments> TotalAsync(IQueryable<SatisfactionResponse> responses, CancellationToken ct)
    {
        var r = await responses.GroupBy(_ => 1).Select(g => new
        {
            N = g.LongCount(),
            S0 = g.Sum(r => r.Image), S1 = g.Sum(r => r.Expectation), S2 = g.Sum(r => r.Quality), S3 = g.Sum(r => r.Value),
            S4 = g.Sum(r => r.Satisfaction), S5 = g.Sum(r => r.Complaint), S6 = g.Sum(r => r.Loyalty),
        }).FirstOrDefaultAsync(ct);
        var m = new Moments();
        if (r is not null)
            m.Add(r.N, [r.S0, r.S1, r.S2, r.S3, r.S4, r.S5, r.S6], new double[Moments.K, Moments.K]);
        return m;
    }

    private sealed class Row
    {
        public long UnitId { get; init; }
        public long? CounselorId { get; init; }
        public ServiceKind? Service { get; init; }
        public Channel Channel { get; init; }
        public long N { get; init; }
        public double S0 { get; init; }
        public double S1 { get; init; }
        public double S2 { get; init; }
        public double S3 { get; init; }
        public double S4 { get; init; }
        public double S5 { get; init; }
        public double S6 { get; init; }
        public double C00 { get; init; }
        public double C01 { get; init; }
        public double C02 { get; init; }
        public double C03 { get; init; }
        public double C04 { get; init; }
        public double C11 { get; init; }
        public double C12 { get; init; }
        public double C13 { get; init; }
        public double C14 { get; init; }
        public double C22 { get; init; }
        public double C23 { get; init; }
        public double C24 { get; init; }
        public double C33 { get; init; }
        public double C34 { get; init; }
        public double C44 { get; init; }

        public Moments ToMoments()
        {
            var c = new double[Moments.K, Moments.K];
            c[0, 0] = c[0, 0] = C00;
            c[0, 1] = c[1, 0] = C01;
            c[0, 2] = c[2, 0] = C02;
            c[0, 3] = c[3, 0] = C03;
            c[0, 4] = c[4, 0] = C04;
            c[1, 1] = c[1, 1] = C11;
            c[1, 2] = c[2, 1] = C12;
            c[1, 3] = c[3, 1] = C13;
            c[1, 4] = c[4, 1] = C14;
            c[2, 2] = c[2, 2] = C22;
            c[2, 3] = c[3, 2] = C23;
            c[2, 4] = c[4, 2] = C24;
            c[3, 3] = c[3, 3] = C33;
            c[3, 4] = c[4, 3] = C34;
            c[4, 4] = c[4, 4] = C44;
            var m = new Moments();
            m.Add(N, [S0, S1, S2, S3, S4, S5, S6], c);
            return m;
        }
    }
}
