using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>
/// 人力资源市场供求状况分析 of a quarter, in the layout the agencies publish: headline totals against the previous
/// quarter, the ten occupations (minor groups) with most demand, the ten shortest (highest ratio) and the ten most in
/// surplus (lowest ratio), and a table by district.
/// </summary>
public sealed record SupplyDemandReportView(string Quarter, string Label, string PreviousLabel, string Source, SupplyDemandFigures Totals,
    SupplyDemandFigures Previous, IReadOnlyList<SupplyDemandRow> TopDemand, IReadOnlyList<SupplyDemandRow> TopShortage,
    IReadOnlyList<SupplyDemandRow> TopSurplus, IReadOnlyList<SupplyDemandRow> ByDistrict, IReadOnlyList<SupplyDemandRow> Cells,
    string Definition, string GeneratedAt);

public sealed class SupplyDemandReport(SupplyDemandQueries queries, AgencyClock clock)
{
    public const int Top = 10;

    public async Task<SupplyDemandReportView> BuildAsync(string? quarterText, CancellationToken ct)
    {
        var quarter = quarterText is null ? Quarter.Of(clock.Today)
            : Quarter.Parse(quarterText) ?? throw new DomainRuleException("季度格式应为 2026Q4", "quarter");
        if (quarter.CompareTo(Quarter.Of(clock.Today)) > 0)
            throw new DomainRuleException("不能统计未来的季度", "quarter");
        var (cells, source) = await queries.CellsForAsync(quarter.Start, quarter.End, quarter, MarketFilter.All, ct);
        var (before, _) = await queries.CellsForAsync(quarter.Previous.Start, quarter.Previous.End, quarter.Previous, MarketFilter.All, ct);
        var groups = cells.Where(c => c.MinorGroup.Length > 0).GroupBy(c => c.MinorGroup)
            .Select(g => (Row: new SupplyDemandRow(g.Key, queries.GroupName(g.Key), SupplyDemandFigures.Of(SupplyDemandCells.Sum(g))),
                Key: MarketRatio.ShortageKey(g.Sum(c => c.Posts), g.Sum(c => c.Seekers)))).ToList();
        var districts = cells.GroupBy(c => c.DistrictCode)
            .Select(g => new SupplyDemandRow(g.Key, queries.DistrictName(g.Key), SupplyDemandFigures.Of(SupplyDemandCells.Sum(g))))
            .OrderBy(r => r.Code.Length == 0).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var table = cells.OrderBy(c => c.MinorGroup, StringComparer.Ordinal).ThenBy(c => c.DistrictCode, StringComparer.Ordinal)
            .Select(c => new SupplyDemandRow($"{c.MinorGroup}|{c.DistrictCode}", $"{queries.GroupName(c.MinorGroup)}｜{queries.DistrictName(c.DistrictCode)}",
                SupplyDemandFigures.Of(new SupplyDemandCounts(c.Vacancies, c.Posts, c.Seekers, c.MedianOffer)))).ToList();
        return new SupplyDemandReportView(quarter.ToString(), quarter.Label, quarter.Previous.Label, source,
            SupplyDemandFigures.Of(SupplyDemandCells.Sum(cells)), SupplyDemandFigures.Of(SupplyDemandCells.Sum(before)),
            [.. groups.OrderByDescending(g => g.Row.Figures.Posts).ThenBy(g => g.Row.Code, StringComparer.Ordinal).Take(Top).Select(g => g.Row)],
            [.. groups.Where(g => g.Row.Figures.Posts > 0).OrderByDescending(g => g.Key).ThenByDescending(g => g.Row.Figures.Posts).Take(Top).Select(g => g.Row)],
            [.. groups.Where(g => g.Row.Figures.Seekers > 0).OrderBy(g => g.Key).ThenByDescending(g => g.Row.Figures.Seekers).Take(Top).Select(g => g.Row)],
            districts, table, SupplyDemandQueries.Definition, clock.Now.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
