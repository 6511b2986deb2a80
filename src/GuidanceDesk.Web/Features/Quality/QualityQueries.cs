using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>Lists and details of audits and corrective actions, scoped by <see cref="QualityAccess"/>.</summary>
public sealed class QualityQueries(AppDbContext db, QualityAccess access, AgencyClock clock)
{
    public async Task<IReadOnlyList<AuditListItem>> AuditsAsync(long? unitId, AuditStatus? status, CancellationToken ct)
    {
        var q = access.Audits().AsNoTracking();
        if (unitId is { } u)
            q = q.Where(a => a.ServiceUnitId == u);
        if (status is { } s)
            q = q.Where(a => a.Status == s);
        var rows = await q.OrderByDescending(a => a.PlannedStart).ThenByDescending(a => a.Id).Take(200)
            .Join(db.ServiceUnits, a => a.ServiceUnitId, x => x.Id, (a, x) => new { a, x.Name }).ToListAsync(ct);
        return [.. rows.Select(r => new AuditListItem(r.a.Id, r.a.ServiceUnitId, r.Name, r.a.Kind, r.a.Title, r.a.Scope, r.a.PlannedStart,
            r.a.PlannedEnd, r.a.Status, r.a.Findings.Count, r.a.Findings.Count(f => f.Severity != FindingSeverity.Observation)))];
    }

    public async Task<AuditView> AuditAsync(long id, CancellationToken ct)
    {
        var a = await access.Audits().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var unitName = await db.ServiceUnits.Where(u => u.Id == a.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var prefix = QualityAccess.Key(a.Id) + "#";
        var raised = await db.CorrectiveActions.AsNoTracking()
            .Where(x => x.Source == CorrectiveActionSource.AuditFinding && x.SourceRef.StartsWith(prefix))
            .Select(x => new { x.Id, x.SourceRef }).ToListAsync(ct);
        var findings = a.Findings.Select(f => new FindingView(f.Number, f.ClauseRef, f.Description, f.Severity, f.RecordedAt, f.ByName,
            [.. raised.Where(x => x.SourceRef == CorrectiveActionHandlers.FindingRef(a.Id, f.Number)).Select(x => x.Id)])).ToList();
        return new AuditView(a.Id, a.ServiceUnitId, unitName, a.Kind, a.Title, a.Scope, a.Auditors, a.SupervisingBody, a.PlannedStart, a.PlannedEnd,
            a.StartedOn, a.CompletedOn, a.Summary, a.Status, findings, a.CreatedByName, a.Version, access.ManagesUnit(a.ServiceUnitId));
    }

    public async Task<PagedResult<ActionListItem>> ActionsAsync(ActionFilter f, CancellationToken ct)
    {
        var today = clock.Today;
        var q = access.Actions().AsNoTracking();
        if (f.UnitId is { } u)
            q = q.Where(a => a.ServiceUnitId == u);
        if (f.Status is { } s)
            q = q.Where(a => a.Status == s);
        if (f.Source is { } source)
            q = q.Where(a => a.Source == source);
        if (f.Open)
            q = q.Where(a => a.Status != CorrectiveActionStatus.Closed);
        if (f.Overdue)
            q = Overdue(q, today);
        var page = new PageRequest(f.Page, f.PageSize);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(a => a.Status == CorrectiveActionStatus.Closed).ThenBy(a => a.DueOn).ThenBy(a => a.Id)
            .Skip(page.Skip).Take(page.SafePageSize)
            .Join(db.ServiceUnits, a => a.ServiceUnitId, x => x.Id, (a, x) => new { a, x.Name }).ToListAsync(ct);
        var items = rows.Select(r => new ActionListItem(r.a.Id, r.a.ServiceUnitId, r.Name, r.a.Kind, r.a.Source, r.a.SourceText, r.a.Problem,
            r.a.OwnerName, r.a.DueOn, r.a.Status, r.a.IsOverdue(today), r.a.EscalationLevel)).ToList();
        return new PagedResult<ActionListItem>(items, page.SafePage, page.SafePageSize, total);
    }

    /// <summary>Overdue actions in reach, for the home page of managers and the head.</summary>
    public Task<int> CountOverdueActionsAsync(CancellationToken ct) => Overdue(access.Actions(), clock.Today).CountAsync(ct);

    public async Task<ActionView> ActionAsync(long id, CancellationToken ct)
    {
        var a = await access.Actions().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var unitName = await db.ServiceUnits.Where(u => u.Id == a.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        access.Read(QualityAccess.ActionEntity, a.Id, a.ServiceUnitId, "action");
        return new ActionView(a.Id, a.ServiceUnitId, unitName, a.Kind, a.Source, a.SourceRef, a.SourceText, QualityLabels.SourceLink(a.Source, a.SourceRef),
            a.Problem, a.OwnerStaffId, a.OwnerName, a.DueOn, a.IsOverdue(clock.Today), a.RootCause, a.PlannedAction, a.ImplementationNote, a.ImplementedAt,
            a.Effective, a.VerificationNote, a.VerifiedByName, a.VerifiedAt, a.ClosedAt, a.Status, a.RaisedAt, a.RaisedByName, a.Events, a.Version,
            access.ManagesUnit(a.ServiceUnitId), a.OwnerStaffId == access.StaffId);
    }

    /// <summary>Active staff of the unit, for choosing a handler or an owner.</summary>
    public async Task<IReadOnlyList<StaffChoice>> StaffAsync(long unitId, CancellationToken ct) =>
        await db.StaffMembers.AsNoTracking().Where(s => s.ServiceUnitId == unitId && s.IsActive).OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new StaffChoice(s.Id, s.Name)).ToListAsync(ct);

    /// <summary>
    /// The owners to choose from for a finding about <paramref name="unitId"/>; for a city-wide finding (null), the active
    /// staff of every unit, named with their unit, since the owner's unit becomes the action's.
    /// </summary>
    public async Task<IReadOnlyList<StaffChoice>> OwnersAsync(long? unitId, CancellationToken ct)
    {
        if (unitId is { } unit)
            return await StaffAsync(unit, ct);
        return await db.StaffMembers.AsNoTracking().Where(s => s.IsActive)
            .Join(db.ServiceUnits, s => s.ServiceUnitId, u => u.Id, (s, u) => new { s.Id, s.Name, Unit = u.Name, s.Position })
            .OrderBy(x => x.Unit).ThenBy(x => x.Position).ThenBy(x => x.Name)
            .Select(x => new StaffChoice(x.Id, x.Unit + " · " + x.Name)).ToListAsync(ct);
    }

    /// <summary>The actions in reach already raised from these sources, so that a finding is not raised twice unseen.</summary>
    public async Task<IReadOnlyList<RaisedAction>> RaisedAsync(CorrectiveActionSource source, IReadOnlyCollection<string> refs, CancellationToken ct) =>
        refs.Count == 0 ? [] : await access.Actions().AsNoTracking().Where(a => a.Source == source && refs.Contains(a.SourceRef))
            .OrderBy(a => a.Id).Select(a => new RaisedAction(a.Id, a.SourceRef, a.Status, a.OwnerName, a.DueOn)).ToListAsync(ct);

    private static IQueryable<CorrectiveAction> Overdue(IQueryable<CorrectiveAction> q, DateOnly today) =>
        q.Where(a => (a.Status == CorrectiveActionStatus.Open || a.Status == CorrectiveActionStatus.InProgress) && a.DueOn < today);
}
