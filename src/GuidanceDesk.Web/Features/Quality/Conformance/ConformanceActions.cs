using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// A failing or warning row of the conformance report becomes a corrective or preventive action (9.1.3, 9.2.2): the
/// action cites the clause, the figure against its target and the period, and leads back to the records behind the row.
/// A city-wide row is raised on the unit of the owner chosen.
/// </summary>
public sealed class ConformanceActions(ConformanceReports reports, CorrectiveActionHandlers actions, QualityQueries queries)
{
    public async Task<long> RaiseAsync(string key, long? unitId, ConformancePeriod period, RaiseActionRequest request, CancellationToken ct)
    {
        var (rule, row) = await reports.EvaluateAsync(key, unitId, period, ct);
        if (row.Level is not (ConformanceLevel.Fail or ConformanceLevel.Warn))
            throw new DomainRuleException("只有不符合或警示的条款才需要提出纠正预防措施", "key");
        var unit = unitId ?? await actions.UnitOfOwnerAsync(request.OwnerStaffId, ct);
        var scope = await reports.UnitNameAsync(unitId, ct);
        var text = $"符合性报告 {rule.Clause} {rule.Title}：{row.Figure}，目标 {row.Target}（{scope}，{period.From:yyyy-MM-dd}至{period.To:yyyy-MM-dd}）";
        return await actions.RaiseAsync(CorrectiveActionSource.ConformanceRow, SourceRefs.OfPeriod(key, unit, period.From, period.To),
            text.Length <= 300 ? text : text[..300], unit, request, ct);
    }

    /// <summary>Actions in reach already raised from this row (for this unit and period).</summary>
    public Task<IReadOnlyList<RaisedAction>> RaisedAsync(string key, long? unitId, ConformancePeriod period, CancellationToken ct) =>
        unitId is { } unit
            ? queries.RaisedAsync(CorrectiveActionSource.ConformanceRow, [SourceRefs.OfPeriod(key, unit, period.From, period.To)], ct)
            : Task.FromResult<IReadOnlyList<RaisedAction>>([]);

    /// <summary>The problem text the form starts with.</summary>
    public static string Problem(IConformanceRule rule, ConformanceRow row) =>
        $"{rule.Clause} {rule.Title}：{row.Figure}，未达到目标 {row.Target}。" + (row.Failing > 0 ? $"不符合的记录 {row.Failing} 条。" : "");
}
