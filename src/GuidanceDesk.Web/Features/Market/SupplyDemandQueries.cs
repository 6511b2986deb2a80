using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>
/// 人力资源市场供求状况 (5.1a, 6.2.1): the figures of a period for a group and district, broken down by district and by
/// the next level of groups, with the trend of the last eight quarters. A finished quarter with a snapshot reads the
/// snapshot; the current quarter and any other period are counted live (seekers then as of today).
/// </summary>
public sealed class SupplyDemandQueries(SupplyDemandCells cells, WageLookup wages, OccupationCatalog occupations, DivisionCatalog divisions, AgencyClock clock)
{
    public const string Definition = "求人倍率 = 需求人数 ÷ 求职人数。需求人数：统计期内在招岗位（发布不晚于期末、且未在期初前结束）的招聘人数之和；"
        + "求职人数：求职意向为该职业、该区县且未就业的劳动者人数（每条意向计入所在单元格，同一人有多条意向可计入多个单元格）；"
        + "求职人数为 0 时不计算倍率，有需求则视为最紧缺。往季求职人数取自季度快照（季度内每晚更新，季度结束后冻结）。"
        + "月薪中位为各岗位月薪区间中点的中位数。";

    public async Task<SupplyDemandView> GetAsync(SupplyDemandRequest r, CancellationToken ct)
    {
        var filter = MarketFilter.Check(r.Code, r.District, occupations, divisions);
        var (from, to, quarter) = Period(r, clock.Today);
        var (list, source) = await CellsForAsync(from, to, quarter, filter, ct);
        var totals = SupplyDemandFigures.Of(SupplyDemandCells.Sum(list));
        var byDistrict = list.GroupBy(c => c.DistrictCode).Select(g => Row(g.Key, DistrictName(g.Key), g))
            .OrderByDescending(x => x.Figures.Posts).ToList();
        var byGroup = filter.Level >= 3 ? [] : list.GroupBy(c => GroupAt(c.MinorGroup, filter.Level + 1))
            .Select(g => Row(g.Key, GroupName(g.Key), g)).OrderByDescending(x => x.Figures.Posts).ToList();
        var guidance = filter.Code is null ? null : await wages.FindAsync(filter.Code, to.Year, ct);
        var trend = await TrendAsync(quarter ?? Domain.Quarter.Of(to), filter, ct);
        return new SupplyDemandView(filter.Code, filter.Code is null ? null : GroupName(filter.Code), filter.District,
            filter.District is null ? null : DistrictName(filter.District), from, to, quarter?.ToString(), source, totals, guidance,
            byDistrict, byGroup, trend, Definition);
    }

    /// <summary>The cells of a quarter (snapshot if finished and kept, else live) or of any other period (live).</summary>
    public async Task<(List<SupplyDemandCell> Cells, string Source)> CellsForAsync(DateOnly from, DateOnly to, Quarter? quarter, MarketFilter filter, CancellationToken ct)
    {
        if (quarter is { } q && q.End < clock.Today)
        {
            var kept = await cells.SnapshotAsync(q, filter, ct);
            if (kept.Count > 0)
                return (kept, "snapshot");
        }
        return (await cells.LiveAsync(from, to, filter, ct), "live");
    }

    public async Task<List<TrendPoint>> TrendAsync(Quarter last, MarketFilter filter, CancellationToken ct, int count = 8)
    {
        var current = Domain.Quarter.Of(clock.Today);
        var points = new List<TrendPoint>();
        for (var q = new Quarter(last.Year - 2, last.Number).Next; q.CompareTo(last) <= 0; q = q.Next)
        {
            if (q.CompareTo(current) > 0)
                break;
            var (list, source) = await CellsForAsync(q.Start, q.End, q, filter, ct);
            var sum = SupplyDemandCells.Sum(list);
            // A past quarter never snapshotted: its vacancies can be counted again, its seekers cannot.
            if (source == "live" && q.CompareTo(current) < 0)
            {
                source = "vacancies-only";
                sum = sum with { Seekers = 0 };
            }
            points.Add(new TrendPoint(q.ToString(), q.Label, source == "vacancies-only" ? SupplyDemandFigures.Of(sum) with { Ratio = null } : SupplyDemandFigures.Of(sum), source));
        }
        return points.TakeLast(count).ToList();
    }

    public static (DateOnly From, DateOnly To, Quarter? Quarter) Period(SupplyDemandRequest r, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(r.Quarter))
        {
            var q = Domain.Quarter.Parse(r.Quarter) ?? throw new DomainRuleException("季度格式应为 2026Q4", "quarter");
            return (q.Start, q.End, q);
        }
        if (r.From is { } from && r.To is { } to)
        {
            if (to < from)
                throw new DomainRuleException("结束日期不能早于开始日期", "to");
            if (to.DayNumber - from.DayNumber > 3 * 366)
                throw new DomainRuleException("统计期最长三年", "to");
            var asQuarter = Domain.Quarter.Of(from);
            return (from, to, asQuarter.Start == from && asQuarter.End == to ? asQuarter : null);
        }
        if (r.From is not null || r.To is not null)
            throw new DomainRuleException("请同时填写开始和结束日期", r.From is null ? "from" : "to");
        var current = Domain.Quarter.Of(today);
        return (current.Start, current.End, current);
    }

    public string DistrictName(string code) => code.Length == 0 ? "未指定区县" : divisions.FindDistrict(code)?.Name ?? code;

    public string GroupName(string code) => code.Length == 0 ? "未指定职业" : (occupations.Find(code) ?? occupations.Find(OccupationCodes.Padded(code)))?.Name ?? code;

    /// <summary>The group of a minor-group code at a level (1 major, 2 medium, 3 minor).</summary>
    public static string GroupAt(string minor, int level) => level switch
    {
        1 => OccupationGroups.MajorOf(minor) ?? "",
        2 => OccupationGroups.MediumOf(minor) ?? "",
        _ => minor,
    };

    private static SupplyDemandRow Row(string code, string name, IEnumerable<SupplyDemandCell> group) =>
        new(code, name, SupplyDemandFigures.Of(SupplyDemandCells.Sum(group)));
}
