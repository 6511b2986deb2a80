using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Features.Surveys;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>
/// 季度指导工作总结 (9.2.1): drafted from the quarter's figures by the head or a manager (once per unit and quarter —
/// drafting again returns the same one), edited with a version check (stale is 409), published by the head only.
/// </summary>
public sealed class SummaryHandlers(AppDbContext db, QualityScope scope, StatisticsQueries statistics, ConformanceReports reports,
    SatisfactionIndex satisfaction, AuditLog audit, TimeProvider time)
{
    public const string EntityType = "QuarterlySummary";

    public IQueryable<QuarterlySummary> Visible()
    {
        var unit = scope.IsCityLevel ? null : scope.Resolve(null);
        return unit is { } u ? db.QuarterlySummaries.Where(s => s.ServiceUnitId == u) : db.QuarterlySummaries;
    }

    public async Task<List<SummaryView>> ListAsync(long? unitId, CancellationToken ct)
    {
        var q = Visible();
        if (unitId is { } u)
            q = q.Where(s => s.ServiceUnitId == u);
        var rows = await q.AsNoTracking().OrderByDescending(s => s.Year).ThenByDescending(s => s.Quarter).ThenBy(s => s.ServiceUnitId).Take(200).ToListAsync(ct);
        var ids = rows.Select(r => r.ServiceUnitId).Distinct().ToList();
        var names = await db.ServiceUnits.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return [.. rows.Select(r => SummaryView.Of(r, names.GetValueOrDefault(r.ServiceUnitId, "")))];
    }

    public async Task<QuarterlySummary> LoadAsync(long id, CancellationToken ct) =>
        scope.Reach(await db.QuarterlySummaries.FirstOrDefaultAsync(s => s.Id == id, ct));

    public async Task<QuarterlySummary?> FindAsync(long? unitId, int year, int quarter, CancellationToken ct)
    {
        var unit = scope.Resolve(unitId);
        return unit is null ? null : await db.QuarterlySummaries.FirstOrDefaultAsync(s => s.ServiceUnitId == unit && s.Year == year && s.Quarter == quarter, ct);
    }

    public async Task<SummaryView> ViewAsync(QuarterlySummary s, CancellationToken ct) => SummaryView.Of(s, await reports.UnitNameAsync(s.ServiceUnitId, ct));

    /// <summary>The quarter's summary, drafted now from the figures unless it exists already (Created = false then).</summary>
    public async Task<(QuarterlySummary Summary, bool Created)> DraftAsync(SummaryDraftForm form, CancellationToken ct)
    {
        var unit = scope.Resolve(form.UnitId) ?? throw new DomainRuleException("请选择服务单位", nameof(form.UnitId));
        var (year, quarter) = (form.Year!.Value, form.Quarter!.Value);
        if (await FindAsync(unit, year, quarter, ct) is { } existing)
            return (existing, false);
        var period = ConformancePeriod.Quarter(year, quarter);
        if (period.From > Infrastructure.AgencyClock.DateOf(time.GetUtcNow()))
            throw new DomainRuleException("该季度尚未开始", nameof(form.Quarter));
        var figures = await statistics.ComputeAsync(unit, period, ct);
        var index = await satisfaction.ReportAsync(new IndexFilter(period.From, period.To, unit), ct, trend: false);
        var conformance = await reports.ComputeAsync(unit, period, ct);
        var summary = new QuarterlySummary(unit, year, quarter, SummaryDraft.Build(figures, index, conformance), time.GetUtcNow());
        db.QuarterlySummaries.Add(summary);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone drafted the same quarter a moment ago: the unique index kept one; that one is the answer.
            db.ChangeTracker.Clear();
            return (await FindAsync(unit, year, quarter, ct) ?? throw new NotFoundException(), false);
        }
        Changed(summary, AuditAction.Create, "drafted");
        await db.SaveChangesAsync(ct);
        return (summary, true);
    }

    public async Task EditAsync(long id, SummarySectionsForm form, CancellationToken ct)
    {
        var summary = await LoadAsync(id, ct);
        ETags.EnsureCurrent(db, summary, form.Version);
        summary.Edit(form.ToSections(), time.GetUtcNow());
        Changed(summary, AuditAction.Update, "sections");
        await db.SaveChangesAsync(ct);
    }

    public async Task PublishAsync(long id, int? version, CancellationToken ct)
    {
        if (!scope.IsHead)
            throw new ForbiddenException("季度总结由负责人发布（9.2.1）");
        var summary = await LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, summary, version);
        summary.Publish(scope.Actor, time.GetUtcNow());
        Changed(summary, AuditAction.Update, "published");
        await db.SaveChangesAsync(ct);
    }

    private void Changed(QuarterlySummary s, AuditAction action, string what) =>
        audit.Changed(db, action, EntityType, s.Id.ToString(CultureInfo.InvariantCulture), s.ServiceUnitId, what);
}
