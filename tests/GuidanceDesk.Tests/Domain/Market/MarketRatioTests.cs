using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain.Market;

/// <summary>求人倍率 and the figures beside it, with hand-computed expectations.</summary>
public sealed class MarketRatioTests
{
    [Theory, Trait("Clause", "6.2.1"), Trait("Clause", "5.1a")]
    [InlineData(30, 20, "1.5")]     // 30 posts for 20 seekers
    [InlineData(10, 30, "0.33")]    // 0.3333… rounds to 0.33
    [InlineData(2, 3, "0.67")]      // 0.6666… rounds to 0.67
    [InlineData(0, 12, "0")]        // no demand: ratio 0
    [InlineData(1, 8, "0.13")]      // 0.125 rounds away from zero
    public void Ratio_is_posts_over_seekers_to_two_places(long posts, long seekers, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MarketRatio.Of(posts, seekers));

    [Fact, Trait("Clause", "6.2.1")]
    public void Without_seekers_there_is_no_ratio_and_posts_rank_as_the_strongest_shortage()
    {
        Assert.Null(MarketRatio.Of(5, 0));
        Assert.Null(MarketRatio.Of(0, 0));
        Assert.Equal(decimal.MaxValue, MarketRatio.ShortageKey(5, 0));
        Assert.Equal(0m, MarketRatio.ShortageKey(0, 0));
        Assert.True(MarketRatio.ShortageKey(5, 0) > MarketRatio.ShortageKey(1000, 1));
    }

    [Fact]
    public void Median_offer_is_the_median_of_the_pay_midpoints()
    {
        // Midpoints: (4000+6000)/2 = 5000, (3000+3500)/2 = 3250, (8000+9001)/2 = 8500 (rounded down).
        int[] mids = [MarketRatio.Midpoint(4000, 6000), MarketRatio.Midpoint(3000, 3500), MarketRatio.Midpoint(8000, 9001)];
        Assert.Equal([5000, 3250, 8500], mids);
        Assert.Equal(5000, MarketRatio.Median(mids));
        Assert.Equal((3250 + 5000) / 2, MarketRatio.Median([3250, 5000]));
        Assert.Null(MarketRatio.Median([]));
    }

    [Fact]
    public void Quarters_run_from_their_first_to_their_last_day()
    {
        var q = Quarter.Of(new DateOnly(2026, 11, 26));
        Assert.Equal(new Quarter(2026, 4), q);
        Assert.Equal(new DateOnly(2026, 10, 1), q.Start);
        Assert.Equal(new DateOnly(2026, 12, 31), q.End);
        Assert.Equal(new Quarter(2026, 3), q.Previous);
        Assert.Equal(new Quarter(2027, 1), q.Next);
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous);
        Assert.Equal(q, Quarter.Parse("2026q4"));
        Assert.Null(Quarter.Parse("2026Q5"));
        Assert.Equal(20264, q.Key);
        Assert.Equal("2026年第4季度", q.Label);
    }

    [Theory]
    [InlineData("4-01-02-00", "4-01-02")]
    [InlineData("4-00-00-00", "4")]
    [InlineData("4-01-00-00", "4-01")]
    [InlineData("4-01-02-01", "4-01-02-01")]
    public void Catalog_group_codes_trim_to_the_groups_own_segments(string padded, string trimmed)
    {
        Assert.Equal(trimmed, OccupationCodes.Trimmed(padded));
        Assert.Equal(padded, OccupationCodes.Padded(trimmed));
    }
}
