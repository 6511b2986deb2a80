using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// A low satisfaction driver becomes a corrective or preventive action (9.1.3, 9.2.1): the action cites the driver, its
/// score and quadrant, the unit and the period, and leads back to the dashboard. A city-wide driver is raised on the
/// unit of the owner chosen.
/// </summary>
public sealed class SurveyActions(SatisfactionIndex index, CorrectiveActionHandlers actions, QualityQueries queries)
{
    /// <summary>A driver is low when it sits in the 优先改进 quadrant or scores more than 5 points under the drivers' mean.</summary>
    public static bool IsLow(IndexRow overall, LatentScore l)
    {
        var drivers = overall.Latents.Where(x => SurveyItems.Drivers.Contains(x.Latent) && x.Score is not null).ToList();
        return SurveyItems.Drivers.Contains(l.Latent) && l.Score is { } s && drivers.Count > 0
            && (l.Quadrant == IpaQuadrant.PriorityImprove || s < drivers.Average(x => x.Score!.Value) - 5);
    }

    /// <summary>The figures of one driver for the filter (access-narrowed); 404 when it is not a driver.</summary>
    public async Task<(IndexReport Report, LatentScore Driver)> DriverAsync(Latent latent, IndexFilter filter, CancellationToken ct)
    {
        if (!SurveyItems.Drivers.Contains(latent))
            throw new NotFoundException();
        var report = await index.ReportAsync(filter with { GroupBy = IndexGrouping.None }, ct, trend: false);
        return (report, report.Overall.Latents.Single(l => l.Latent == latent));
    }

    public async Task<long> RaiseAsync(Latent latent, IndexFilter filter, RaiseActionRequest request, CancellationToken ct)
    {
        var (report, driver) = await DriverAsync(latent, filter, ct);
        if (report.Overall.Suppressed || !IsLow(report.Overall, driver))
            throw new DomainRuleException("只有得分偏低或处于优先改进象限的驱动因素才需要提出措施", "latent");
        var f = report.Filter;
        var unit = f.UnitId ?? await actions.UnitOfOwnerAsync(request.OwnerStaffId, ct);
        var text = $"满意度测评 {driver.Name}：得分 {driver.Score:0.0}（{IndexMath.Name(driver.Quadrant ?? IpaQuadrant.LowPriority)}，"
            + $"{f.From:yyyy-MM-dd}至{f.To:yyyy-MM-dd}，有效问卷 {report.Overall.Responses} 份）";
        return await actions.RaiseAsync(CorrectiveActionSource.SatisfactionDriver, SourceRefs.OfPeriod(latent.ToString(), unit, f.From, f.To),
            text, unit, request, ct);
    }

    /// <summary>Actions in reach raised from the drivers of this unit and period, by driver.</summary>
    public async Task<ILookup<string, RaisedAction>> RaisedAsync(long? unitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (unitId is not { } unit)
            return Array.Empty<RaisedAction>().ToLookup(a => "");
        var refs = SurveyItems.Drivers.Select(d => SourceRefs.OfPeriod(d.ToString(), unit, from, to)).ToList();
        var raised = await queries.RaisedAsync(CorrectiveActionSource.SatisfactionDriver, refs, ct);
        return raised.ToLookup(a => SourceRefs.ParsePeriod(a.SourceRef)?.Key ?? "");
    }

    /// <summary>The problem text the form starts with.</summary>
    public static string Problem(LatentScore driver) =>
        $"满意度“{driver.Name}”得分 {driver.Score:0.0}，" + (driver.Quadrant == IpaQuadrant.PriorityImprove ? "重要性高而表现低，需优先改进。" : "明显低于其他驱动因素。");
}
