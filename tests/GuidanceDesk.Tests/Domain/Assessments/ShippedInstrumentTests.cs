using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Tests.Domain.Assessments;

public static class ShippedInstruments
{
    public static InstrumentDefinition Load(string file) =>
        InstrumentDefinition.Parse(File.ReadAllText(Path.Combine(InstrumentCatalog.ShippedFolder, file)));
}

/// <summary>The instruments and the crosswalk the app ships are complete and consistent.</summary>
public sealed class ShippedInstrumentTests
{
    [Theory, Trait("Clause", "4.3")]
    [InlineData("riasec-48-1.0.json", InstrumentKind.Interest, 48, 6)]
    [InlineData("ipip-neo-120-1.0.json", InstrumentKind.Personality, 120, 35)]
    [InlineData("work-values-1.0.json", InstrumentKind.Values, 24, 8)]
    [InlineData("ability-self-rating-1.0.json", InstrumentKind.Ability, 27, 9)]
    public void Each_shipped_instrument_loads_with_its_items_scales_and_norms(string file, InstrumentKind kind, int items, int scales)
    {
        var d = ShippedInstruments.Load(file);
        Assert.Equal(kind, d.Kind);
        Assert.Equal(items, d.Items.Count);
        Assert.Equal(scales, d.Scales.Count);
        Assert.Empty(d.Problems());
        Assert.All(d.Scales, s => Assert.True(d.Norms.Scales[s.Code].Sd > 0));
    }

    [Fact, Trait("Clause", "5.1c")]
    public void The_riasec_inventory_has_eight_items_a_type_scored_8_to_40_and_the_personality_inventory_keeps_its_reverse_keys()
    {
        var riasec = ShippedInstruments.Load("riasec-48-1.0.json");
        Assert.All("RIASEC", c => Assert.Equal(8, riasec.Items.Count(i => i.Scale == c.ToString())));
        var all5 = InstrumentScorer.Score(riasec, [.. Enumerable.Repeat<int?>(5, 48)]);
        Assert.All(all5.Scales, s => Assert.Equal((40, 8, 40), (s.Raw, s.Min, s.Max)));
        var ipip = ShippedInstruments.Load("ipip-neo-120-1.0.json");
        Assert.Equal(55, ipip.Items.Count(i => i.IsReversed));
        Assert.All("NEOAC", c => Assert.Equal(6, ipip.Scales.Count(s => s.Parent == c.ToString())));
    }

    [Fact]
    public void A_broken_definition_is_refused_with_the_reason()
    {
        var json = File.ReadAllText(Path.Combine(InstrumentCatalog.ShippedFolder, "riasec-48-1.0.json"))
            .Replace("\"scale\": \"R\"", "\"scale\": \"X\"", StringComparison.Ordinal);
        var e = Assert.Throws<DomainRuleException>(() => InstrumentDefinition.Parse(json));
        Assert.Contains("scale X 不存在", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => InstrumentDefinition.Parse("{not json"));
    }

    [Fact, Trait("Clause", "5.1c")]
    public void Every_occupation_of_the_classification_gets_an_interest_profile_and_well_known_ones_look_right()
    {
        var catalog = OccupationCatalog.Load(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "occupations", "csco2022-codes.csv"));
        var profiles = new OccupationProfiles(catalog);
        var occupations = catalog.All.Where(o => o.Level == OccupationLevel.Occupation).Select(o => o.Code).Distinct().ToList();
        Assert.All(occupations, code => Assert.NotNull(profiles.Find(code)));
        Assert.StartsWith("S", profiles.Find("2-05-08-01")!.HollandCode, StringComparison.Ordinal); // 内科护士
        Assert.StartsWith("C", profiles.Find("2-06-03-00")!.HollandCode, StringComparison.Ordinal); // 会计
        Assert.StartsWith("R", profiles.Find("6-31-01-03")!.HollandCode, StringComparison.Ordinal); // 电工
        Assert.False(profiles.Find("1-01-00-01")!.Suggest); // 中国共产党机关负责人: not a job to suggest
    }

    [Fact]
    public void Suggestion_weights_are_as_documented()
    {
        Assert.Equal(1, OccupationSuggester.Correlation([1, 2, 3, 4, 5, 6], [2, 4, 6, 8, 10, 12]), 9);
        Assert.Equal(-1, OccupationSuggester.Correlation([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]), 9);
        Assert.Equal(0.5, OccupationSuggester.MarketWeight(null));
        Assert.Equal(1, OccupationSuggester.MarketWeight(1.5m));
        Assert.Equal(0.1, OccupationSuggester.MarketWeight(0.3m));
        Assert.Equal(1, OccupationSuggester.EducationFit(Education.SecondaryVocational, Education.SeniorSecondary));
        Assert.Equal(0.5, OccupationSuggester.EducationFit(Education.SeniorSecondary, Education.JuniorCollege));
        Assert.Equal(0, OccupationSuggester.EducationFit(Education.JuniorSecondary, Education.Bachelor));
    }
}
