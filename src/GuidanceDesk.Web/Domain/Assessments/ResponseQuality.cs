namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The response-pattern checks behind <see cref="ResponseWarnings"/>. They only flag: a person who truly dislikes every
/// activity can answer "1" throughout, so the counselor talks it over instead of the system discarding it.
/// </summary>
public static class ResponseQuality
{
    public const double SameAnswerShare = 0.9;
    public const int LongRunLength = 15;
    public const double TooFastSecondsPerItem = 1.5;

    public static ResponseWarnings Check(InstrumentDefinition instrument, IReadOnlyList<int?> answers, IReadOnlyList<double>? secondsPerItem)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        var warnings = ResponseWarnings.None;
        var given = answers.Where(a => a is not null).Select(a => a!.Value).ToList();
        if (given.Count < answers.Count)
            warnings |= ResponseWarnings.Incomplete;
        if (given.Count == 0)
            return warnings;
        if (given.GroupBy(a => a).Max(g => g.Count()) >= SameAnswerShare * given.Count)
            warnings |= ResponseWarnings.SameAnswer;
        else if (LongestRun(answers) >= Math.Min(LongRunLength, answers.Count))
            warnings |= ResponseWarnings.LongRun;
        if (secondsPerItem is { Count: > 0 } && Median(secondsPerItem) < TooFastSecondsPerItem)
            warnings |= ResponseWarnings.TooFast;
        // Agreeing with both a statement and its opposite: only meaningful where both directions are asked.
        if (instrument.Items.Any(i => i.IsReversed) && instrument.Items.Any(i => !i.IsReversed))
        {
            var mid = (instrument.ResponseScale.Min + instrument.ResponseScale.Max) / 2.0;
            var half = (instrument.ResponseScale.Max - instrument.ResponseScale.Min) / 2.0;
            var mean = given.Average();
            if (Math.Abs(mean - mid) >= 0.6 * half)
                warnings |= ResponseWarnings.Acquiescence;
        }
        return warnings;
    }

    public static int LongestRun(IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        int best = 0, run = 0;
        int? last = null;
        foreach (var a in answers)
        {
            run = a is not null && a == last ? run + 1 : a is null ? 0 : 1;
            last = a;
            best = Math.Max(best, run);
        }
        return best;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
