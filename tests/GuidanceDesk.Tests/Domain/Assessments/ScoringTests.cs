using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain.Assessments;

/// <summary>Every scoring rule with answers worked out by hand (docs/assessments.md).</summary>
public sealed class ScoringTests
{
    private static Localized T(string s) => new(s, s);

    /// <summary>A domain D with facets F1 (a plus, b minus) and F2 (c plus, d minus), 1–5, norm mean 12 sd 4 everywhere.</summary>
    private static InstrumentDefinition Tiny(params (string Id, string Scale, string Keyed)[] items) => new(
        "tiny", "1.0", InstrumentKind.Personality, T("小"), T("d"), T("i"), 1, "test", null,
        new ResponseScale(1, 5, [.. Enumerable.Range(1, 5).Select(v => new ScaleLabel(v, v.ToString(System.Globalization.CultureInfo.InvariantCulture), "x"))]),
        [new ScaleDefinition("D", null, T("域"), T("d"), null, null), new ScaleDefinition("F1", "D", T("面1"), T("d"), null, null),
            new ScaleDefinition("F2", "D", T("面2"), T("d"), null, null)],
        [.. items.Select(i => new ItemDefinition(i.Id, i.Scale, i.Keyed, i.Id, i.Id))],
        new Norms(T("测试常模"), "normal", "test", new Dictionary<string, NormStat>
        {
            ["D"] = new(12, 4), ["F1"] = new(6, 2), ["F2"] = new(6, 2),
        }));

    private static readonly InstrumentDefinition Four = Tiny(("a", "F1", "plus"), ("b", "F1", "minus"), ("c", "F2", "plus"), ("d", "F2", "minus"));

    [Fact, Trait("Clause", "5.1c")]
    public void Minus_keyed_answers_are_reversed_and_a_domain_sums_its_facets()
    {
        // a=5, b=1 → 6−1=5, c=4, d=2 → 6−2=4: F1 = 10, F2 = 8, D = 18.
        var sheet = InstrumentScorer.Score(Four, [5, 1, 4, 2]);
        Assert.Equal(18, sheet.Scales.Single(s => s.Code == "D").Raw);
        Assert.Equal(10, sheet.Scales.Single(s => s.Code == "F1").Raw);
        Assert.Equal(8, sheet.Scales.Single(s => s.Code == "F2").Raw);
        Assert.Equal((4, 20), (sheet.Scales.Single(s => s.Code == "D").Min, sheet.Scales.Single(s => s.Code == "D").Max));
        // Percentiles: D z = (18−12)/4 = 1.5 → 93.3 → 93; F1 z = 2 → 97.7 → 98; F2 z = 1 → 84.1 → 84.
        Assert.Equal(93, sheet.Scales.Single(s => s.Code == "D").Percentile);
        Assert.Equal(98, sheet.Scales.Single(s => s.Code == "F1").Percentile);
        Assert.Equal(84, sheet.Scales.Single(s => s.Code == "F2").Percentile);
    }

    [Fact, Trait("Clause", "5.1c")]
    public void A_scale_with_one_blank_in_five_is_prorated_and_with_two_it_is_not_scored()
    {
        var five = Tiny(("a", "F1", "plus"), ("b", "F1", "plus"), ("c", "F1", "plus"), ("d", "F1", "plus"), ("e", "F1", "plus"), ("f", "F2", "plus"));
        // F1: 3+4+4+5 = 16 over 4 of 5 items → 16 × 5 / 4 = 20.
        var prorated = InstrumentScorer.Score(five, [3, 4, 4, 5, null, 2]);
        Assert.Equal(20, prorated.Scales.Single(s => s.Code == "F1").Raw);
        Assert.Equal(4, prorated.Scales.Single(s => s.Code == "F1").Answered);
        Assert.True(prorated.Warnings.HasFlag(ResponseWarnings.Incomplete));
        // D: 3+4+4+5+2 = 18 over 5 of 6 (83 %) → 18 × 6 / 5 = 21.6 → 22.
        Assert.Equal(22, prorated.Scales.Single(s => s.Code == "D").Raw);

        var tooFew = InstrumentScorer.Score(five, [3, 4, 4, null, null, 2]);
        Assert.DoesNotContain(tooFew.Scales, s => s.Code == "F1");
        Assert.True(tooFew.Warnings.HasFlag(ResponseWarnings.ScaleUnscored));
    }

    [Theory, Trait("Clause", "5.1c")]
    [InlineData(22, 50)]
    [InlineData(32, 91)]   // z = 1.370 → 91.46
    [InlineData(16, 21)]   // z = −0.822 → 20.56
    [InlineData(40, 99)]   // 99.32, and never above 99
    [InlineData(8, 3)]     // 2.76
    [InlineData(-100, 1)]  // never below 1
    public void Percentiles_read_the_normal_distribution_of_the_stated_norm(int raw, int expected) =>
        Assert.Equal(expected, Percentiles.Normal(raw, new NormStat(22, 7.3)));

    [Fact]
    public void Phi_is_accurate()
    {
        Assert.Equal(0.5, Percentiles.Phi(0), 7);
        Assert.Equal(0.9750021, Percentiles.Phi(1.96), 6);
        Assert.Equal(0.0227501, Percentiles.Phi(-2), 6);
    }

    private static ScaleScore S(string code, int raw, int pct) => new(code, null, raw, 8, 40, 8, 8, pct);

    [Fact, Trait("Clause", "5.1c")]
    public void Holland_code_is_the_top_three_and_ties_go_by_percentile_then_hexagon_order()
    {
        // A and C tie at 24 with the same percentile: hexagon order puts A first.
        var same = Holland.Compute([S("R", 8, 3), S("I", 16, 21), S("A", 24, 61), S("S", 40, 99), S("E", 32, 91), S("C", 24, 61)]);
        Assert.Equal("SEA", same.Code);
        Assert.True(same.Tied);
        // Equal raw scores, but C is higher against its norm group: C first.
        var byNorm = Holland.Compute([S("R", 8, 3), S("I", 16, 21), S("A", 24, 55), S("S", 40, 99), S("E", 32, 91), S("C", 24, 70)]);
        Assert.Equal("SEC", byNorm.Code);
        var clear = Holland.Compute([S("R", 30, 90), S("I", 20, 40), S("A", 10, 5), S("S", 12, 8), S("E", 15, 20), S("C", 28, 85)]);
        Assert.Equal("RCI", clear.Code);
        Assert.False(clear.Tied);
        Assert.Equal(HollandConsistency.High, clear.Consistency);
        Assert.Equal(20, clear.Differentiation);
        Assert.Equal("high", clear.DifferentiationLevel);
    }

    [Fact, Trait("Clause", "5.1c")]
    public void A_tie_for_fourth_place_below_the_code_does_not_count_as_a_tie()
    {
        var result = Holland.Compute([S("R", 30, 90), S("I", 25, 60), S("A", 20, 40), S("S", 12, 8), S("E", 12, 8), S("C", 12, 8)]);
        Assert.Equal("RIA", result.Code);
        Assert.False(result.Tied);
        Assert.Equal(18, result.Differentiation);
        Assert.Equal("medium", Holland.Compute([S("R", 20, 50), S("I", 18, 40), S("A", 17, 40), S("S", 12, 8), S("E", 12, 8), S("C", 12, 8)]).DifferentiationLevel);
        Assert.Equal("low", Holland.Compute([S("R", 20, 50), S("I", 18, 40), S("A", 17, 40), S("S", 14, 8), S("E", 14, 8), S("C", 14, 8)]).DifferentiationLevel);
    }

    [Theory, Trait("Clause", "5.1c")]
    [InlineData('R', 'I', HollandConsistency.High)]
    [InlineData('C', 'R', HollandConsistency.High)]
    [InlineData('E', 'C', HollandConsistency.High)]
    [InlineData('R', 'A', HollandConsistency.Medium)]
    [InlineData('S', 'C', HollandConsistency.Medium)]
    [InlineData('R', 'S', HollandConsistency.Low)]
    [InlineData('I', 'E', HollandConsistency.Low)]
    [InlineData('A', 'C', HollandConsistency.Low)]
    public void Consistency_follows_the_hexagon(char first, char second, HollandConsistency expected) =>
        Assert.Equal(expected, Holland.ConsistencyOf(first, second));
}
