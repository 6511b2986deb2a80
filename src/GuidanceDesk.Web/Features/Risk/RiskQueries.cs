using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>Reads of risk alerts through <see cref="RiskAccess"/>; opening one alert is an audited read.</summary>
public sealed class RiskQueries(AppDbContext db, RiskAccess access, DutyRoster roster)
{
    public async Task<RiskAlertView> GetAsync(long id, CancellationToken ct)
    {
        var a = await access.Alerts().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new Infrastructure.Http.NotFoundException();
        access.Read(a);
        var worker = await db.Workers.Where(w => w.Id == a.WorkerId).Select(w => w.Name).FirstAsync(ct);
        var responsible = a.ResponsibleStaffId is { } s ? await db.StaffMembers.Where(x => x.Id == s).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var plan = await roster.ForUnitAsync(a.ServiceUnitId, ct);
        var open = !a.IsClosed;
        var can = new RiskAlertActions(
            Acknowledge: a.Status == RiskAlertStatus.Open && access.UserId != a.RaisedByUserId,
            RecordAction: open,
            Close: open && access.IsManagerOrHead && access.UserId != a.RaisedByUserId);
        return new RiskAlertView(a.Id, a.ServiceUnitId, a.WorkerId, worker, a.CaseId, a.Kind, a.Observed, a.ImmediateDanger, a.RaisedByName,
            a.RaisedAt, a.Status, a.EscalationLevel, responsible, a.NextEscalationAt, a.AcknowledgedAt, a.AcknowledgedByName, a.ClosedAt,
            a.ClosedByName, a.ClosingSummary, a.Actions, a.Notices, a.Version, new RiskGuidance(plan.Hotline, RiskLabels.Steps(a.Kind)), can);
    }

    /// <summary>Alerts not yet closed, the unacknowledged and the immediate first: the top of every worklist of the unit.</summary>
    public Task<List<RiskAlertLine>> OpenAsync(int take, CancellationToken ct) =>
        Lines(access.Alerts().Where(a => a.Status != RiskAlertStatus.Closed)
            .OrderBy(a => a.Status).ThenByDescending(a => a.ImmediateDanger).ThenBy(a => a.RaisedAt), take, ct);

    public Task<List<RiskAlertLine>> ListAsync(RiskAlertStatus? status, int take, CancellationToken ct)
    {
        var q = access.Alerts();
        if (status is { } s)
            q = q.Where(a => a.Status == s);
        return Lines(q.OrderByDescending(a => a.RaisedAt), take, ct);
    }

    public Task<int> CountOpenAsync(CancellationToken ct) => access.Alerts().CountAsync(a => a.Status != RiskAlertStatus.Closed, ct);

    public Task<List<RiskAlertLine>> ForWorkerAsync(long workerId, CancellationToken ct) =>
        Lines(access.Alerts().Where(a => a.WorkerId == workerId).OrderByDescending(a => a.RaisedAt), 20, ct);

    private Task<List<RiskAlertLine>> Lines(IQueryable<RiskAlert> q, int take, CancellationToken ct) =>
        q.AsNoTracking().Take(take).Select(a => new RiskAlertLine(a.Id, a.WorkerId,
            db.Workers.Where(w => w.Id == a.WorkerId).Select(w => w.Name).FirstOrDefault() ?? "", a.CaseId, a.Kind, a.ImmediateDanger,
            a.Status, a.RaisedAt, a.RaisedByName, a.EscalationLevel,
            db.StaffMembers.Where(s => s.Id == a.ResponsibleStaffId).Select(s => s.Name).FirstOrDefault())).ToListAsync(ct);
}
