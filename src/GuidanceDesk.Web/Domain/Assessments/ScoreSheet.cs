namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One scale's result as scored: raw score (sum of the scored answers, prorated when a few items are blank), its range,
/// how many of its items were answered and the percentile against the instrument's norm group. Kept with the
/// assessment exactly as computed then.
/// </summary>
public sealed class ScaleScore
{
    private ScaleScore() { }

    public ScaleScore(string code, string? parent, int raw, int min, int max, int answered, int items, int percentile)
    {
        Code = code;
        Parent = parent;
        Raw = raw;
        Min = min;
        Max = max;
        Answered = answered;
        Items = items;
        Percentile = percentile;
    }

    public string Code { get; private set; } = "";
    public string? Parent { get; private set; }
    public int Raw { get; private set; }
    public int Min { get; private set; }
    public int Max { get; private set; }
    public int Answered { get; private set; }
    public int Items { get; private set; }
    public int Percentile { get; private set; }

    /// <summary>Position in the possible range, 0–1, for bars and the hexagon.</summary>
    public double Share => Max == Min ? 0 : (double)(Raw - Min) / (Max - Min);
}

/// <summary>Signs that the answers may not describe the person, for the counselor to talk over (never hidden, never auto-rejected).</summary>
[Flags]
public enum ResponseWarnings
{
    None = 0,
    /// <summary>Some items left blank (a paper sheet); scales are prorated.</summary>
    Incomplete = 1,
    /// <summary>90 % or more of the answers are one and the same option.</summary>
    SameAnswer = 2,
    /// <summary>A run of 15 or more identical answers in a row.</summary>
    LongRun = 4,
    /// <summary>Under 1.5 s per item on the median: answered faster than the items can be read.</summary>
    TooFast = 8,
    /// <summary>Agrees (or disagrees) with nearly everything, including opposite statements (mean ≥ 4.2 or ≤ 1.8 on a scale with reversed items).</summary>
    Acquiescence = 16,
    /// <summary>A scale had under 80 % of its items answered and could not be scored.</summary>
    ScaleUnscored = 32,
}

/// <summary>What scoring produced: the scales, the quality warnings and, for an interest inventory, the Holland code and its indices.</summary>
public sealed record ScoreSheet(IReadOnlyList<ScaleScore> Scales, ResponseWarnings Warnings, HollandResult? Holland);
