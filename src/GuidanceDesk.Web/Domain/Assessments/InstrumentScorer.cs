namespace GuidanceDesk.Web.Domain;

/// <summary>
/// Scores one administration of an instrument. Answers come in item order (null = blank). A minus-keyed answer x
/// scores min + max − x. A scale is the sum of its items' scored answers; a domain (a scale that facets name as
/// parent) sums the items of all its facets. A scale with a few blanks (at least 80 % answered) is prorated: the sum
/// of its answered items × items / answered, rounded half away from zero; under 80 % it is not scored.
/// </summary>
public static class InstrumentScorer
{
    public const double MinAnsweredShare = 0.8;

    public static ScoreSheet Score(InstrumentDefinition instrument, IReadOnlyList<int?> answers, IReadOnlyList<double>? secondsPerItem = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        var items = instrument.Items;
        if (answers.Count != items.Count)
            throw new ArgumentException($"{items.Count} answers expected, got {answers.Count}", nameof(answers));
        var (min, max) = (instrument.ResponseScale.Min, instrument.ResponseScale.Max);
        if (answers.Any(a => a is { } v && (v < min || v > max)))
            throw new DomainRuleException($"答案应在 {min}–{max} 之间", "answers");

        var scores = new List<ScaleScore>();
        var warnings = ResponseWarnings.None;
        var byScale = ItemsByScale(instrument);
        foreach (var scale in instrument.Scales)
        {
            var mine = byScale[scale.Code];
            if (mine.Count == 0)
                continue;
            var answered = mine.Where(i => answers[i] is not null).ToList();
            if (answered.Count < mine.Count * MinAnsweredShare)
            {
                warnings |= ResponseWarnings.ScaleUnscored;
                continue;
            }
            var sum = answered.Sum(i => Scored(items[i], answers[i]!.Value, min, max));
            var raw = answered.Count == mine.Count ? sum
                : (int)Math.Round((double)sum * mine.Count / answered.Count, MidpointRounding.AwayFromZero);
            var pct = Percentiles.Normal(raw, instrument.Norms.Scales[scale.Code]);
            scores.Add(new ScaleScore(scale.Code, scale.Parent, raw, min * mine.Count, max * mine.Count, answered.Count, mine.Count, pct));
        }
        warnings |= ResponseQuality.Check(instrument, answers, secondsPerItem);
        HollandResult? holland = null;
        if (instrument.Kind == InstrumentKind.Interest && Holland.Order.All(c => scores.Any(s => s.Code == c.ToString())))
            holland = Holland.Compute(scores);
        return new ScoreSheet(scores, warnings, holland);
    }

    /// <summary>The item positions each scale sums: its own items, and for a domain those of its facets too.</summary>
    private static Dictionary<string, List<int>> ItemsByScale(InstrumentDefinition instrument)
    {
        var parents = instrument.Scales.ToDictionary(s => s.Code, s => s.Parent);
        var map = instrument.Scales.ToDictionary(s => s.Code, _ => new List<int>());
        for (var i = 0; i < instrument.Items.Count; i++)
        {
            var code = instrument.Items[i].Scale;
            map[code].Add(i);
            if (parents[code] is { } parent)
                map[parent].Add(i);
        }
        return map;
    }

    public static int Scored(ItemDefinition item, int answer, int min, int max) =>
        item.IsReversed ? min + max - answer : answer;
}
