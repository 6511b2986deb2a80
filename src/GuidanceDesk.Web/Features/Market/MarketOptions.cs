using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>Configuration section <c>Market</c>: the thresholds of the hard-to-fill rules (6.2.3).</summary>
public sealed class MarketOptions
{
    public const string SectionName = "Market";

    /// <summary>Days a vacancy may stay open with posts unfilled before it counts as not filled in time.</summary>
    public int HardToFillDays { get; set; } = 30;

    /// <summary>求人倍率 at or above which the post's market counts as a shortage.</summary>
    public decimal ShortageRatio { get; set; } = 1.5m;

    public HardToFillSettings Settings => new(HardToFillDays, ShortageRatio);
}
