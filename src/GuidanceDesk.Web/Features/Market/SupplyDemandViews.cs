using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>Query string of the supply/demand page and API: a quarter ("2026Q4") or a from/to range, a group, a district.</summary>
public sealed record SupplyDemandRequest(string? Quarter, DateOnly? From, DateOnly? To, string? Code, string? District);

/// <summary>Counts with their ratio: 需求人数 (posts) ÷ 求职人数 (seekers), none without seekers.</summary>
public sealed record SupplyDemandFigures(int Vacancies, int Posts, int Seekers, decimal? Ratio, int? MedianOffer)
{
    public static SupplyDemandFigures Of(SupplyDemandCounts c) => new(c.Vacancies, c.Posts, c.Seekers, MarketRatio.Of(c.Posts, c.Seekers), c.MedianOffer);
}

/// <summary>A row of a breakdown (a district, a group) or of a ranking.</summary>
public sealed record SupplyDemandRow(string Code, string Name, SupplyDemandFigures Figures);

/// <summary>A quarter of the trend; <see cref="Source"/> says where its figures come from ("snapshot", "live", "vacancies-only").</summary>
public sealed record TrendPoint(string Quarter, string Label, SupplyDemandFigures Figures, string Source);

public sealed record SupplyDemandView(
    string? Code, string? CodeName, string? District, string? DistrictName, DateOnly From, DateOnly To, string? Quarter,
    string Source, SupplyDemandFigures Totals, WageGuidanceView? WageGuidance, IReadOnlyList<SupplyDemandRow> ByDistrict,
    IReadOnlyList<SupplyDemandRow> ByGroup, IReadOnlyList<TrendPoint> Trend, string Definition);
