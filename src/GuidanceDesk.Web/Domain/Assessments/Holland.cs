namespace GuidanceDesk.Web.Domain;

/// <summary>How far apart the first two letters of a Holland code sit on the hexagon (Holland 1997).</summary>
public enum HollandConsistency { Low = 1, Medium = 2, High = 3 }

/// <summary>
/// The Holland code and its indices. <see cref="Tied"/> is true when equal scores decided the order of the top three
/// or which type came third, so the report can say that another code is equally supported.
/// </summary>
public sealed record HollandResult(string Code, bool Tied, HollandConsistency Consistency, int Differentiation, string DifferentiationLevel);

/// <summary>
/// Holland's RIASEC rules, fixed and documented (docs/assessments.md):
/// - code = the three highest of the six raw scores;
/// - ties: the higher raw score first; equal raw scores go by the higher percentile against the norm group (the interest
///   that is stronger compared with people generally); still equal, by the hexagon order R, I, A, S, E, C;
/// - consistency from the first two letters: adjacent on the hexagon = high, one type between = medium, opposite = low;
/// - differentiation = highest minus lowest raw score (0–32 on 8-item scales): ≥ 16 high, 8–15 medium, &lt; 8 low,
///   a flat profile that makes the code less telling.
/// </summary>
public static class Holland
{
    public const string Order = "RIASEC";

    public static HollandResult Compute(IReadOnlyList<ScaleScore> scales)
    {
        ArgumentNullException.ThrowIfNull(scales);
        var six = Order.Select(c => scales.FirstOrDefault(s => s.Code == c.ToString())
            ?? throw new ArgumentException($"RIASEC scale {c} missing", nameof(scales))).ToList();
        var ranked = six.OrderByDescending(s => s.Raw).ThenByDescending(s => s.Percentile)
            .ThenBy(s => Order.IndexOf(s.Code[0], StringComparison.Ordinal)).ToList();
        var code = string.Concat(ranked.Take(3).Select(s => s.Code));
        // A tie matters when it decided the order inside the top three or which type made it third.
        var tied = Enumerable.Range(0, 3).Any(i => ranked[i].Raw == ranked[i + 1].Raw);
        var diff = six.Max(s => s.Raw) - six.Min(s => s.Raw);
        var level = diff >= 16 ? "high" : diff >= 8 ? "medium" : "low";
        return new HollandResult(code, tied, ConsistencyOf(code[0], code[1]), diff, level);
    }

    public static HollandConsistency ConsistencyOf(char first, char second)
    {
        var a = Order.IndexOf(first, StringComparison.Ordinal);
        var b = Order.IndexOf(second, StringComparison.Ordinal);
        if (a < 0 || b < 0 || a == b)
            throw new ArgumentException("two different RIASEC letters expected");
        var steps = Math.Abs(a - b);
        steps = Math.Min(steps, 6 - steps);
        return steps switch { 1 => HollandConsistency.High, 2 => HollandConsistency.Medium, _ => HollandConsistency.Low };
    }
}
