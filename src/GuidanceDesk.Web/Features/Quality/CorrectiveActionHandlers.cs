using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// Corrective and preventive actions (9.1.3): raising one from any source, and its lifecycle — plan, implement, verify
/// (not by the owner), close. <see cref="RaiseAsync"/> is the one entry other features call (satisfaction drivers,
/// self-evaluation rows, third-party findings) with their own source and reference.
/// </summary>
public sealed class CorrectiveActionHandlers(AppDbContext db, QualityAccess access, QualityNotices notices, TimeProvider time, AgencyClock clock)
{
    /// <summary>
    /// Raises an action on <paramref name="unitId"/> for the source record named by <paramref name="source"/> and
    /// <paramref name="sourceRef"/> (its id or key, e.g. "42" or "7#2"); <paramref name="sourceText"/> is what people read
    /// (no personal data). The caller must be a manager or head of the unit (or city level): 403 otherwise; the owner must
    /// be active staff of the unit and the due date not past (422). Joins the caller's transaction when one is open.
    /// Returns the new action's id; the owner is told in-app.
    /// </summary>
    public async Task<long> RaiseAsync(CorrectiveActionSource source, string sourceRef, string sourceText, long unitId,
        RaiseActionRequest request, CancellationToken ct)
    {
        access.EnsureManages(unitId);
        var owner = await OwnerAsync(request.OwnerStaffId, unitId, ct);
        var action = new CorrectiveAction(unitId, request.Kind ?? CorrectiveActionKind.Corrective, source, sourceRef, sourceText,
            request.Problem ?? "", owner, request.DueOn ?? default, clock.Today, access.Name, time.GetUtcNow());
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            db.CorrectiveActions.Add(action);
            await db.SaveChangesAsync(ct);
            access.Changed(QualityAccess.ActionEntity, action.Id, unitId, AuditAction.Create, $"source:{source}:{sourceRef}");
            await notices.ToStaffAsync(owner.StaffId, "新的纠正预防措施", $"您是措施 #{action.Id} 的责任人（{sourceText}），请于 {action.DueOn:yyyy-MM-dd} 前完成。",
                $"action:{action.Id}:raised", ct);
            await db.SaveChangesAsync(ct);
            if (own is not null)
                await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
        return action.Id;
    }

    /// <summary>One click on a complaint: the action cites it, and the complaint's history records it.</summary>
    public async Task<long> RaiseFromComplaintAsync(long complaintId, RaiseActionRequest r, CancellationToken ct)
    {
        var c = await access.Complaints().FirstOrDefaultAsync(x => x.Id == complaintId, ct) ?? throw new NotFoundException();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var id = await RaiseAsync(CorrectiveActionSource.Complaint, QualityAccess.Key(c.Id),
            $"投诉 {c.TrackingNumber}（{ComplaintLabels.Of(c.Category)}）", c.ServiceUnitId, r, ct);
        c.NoteActionRaised(id, access.Name, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>One click on an audit finding: the action cites the audit and the finding's number.</summary>
    public async Task<long> RaiseFromFindingAsync(long auditId, int number, RaiseActionRequest r, CancellationToken ct)
    {
        var a = await access.Audits().AsNoTracking().FirstOrDefaultAsync(x => x.Id == auditId, ct) ?? throw new NotFoundException();
        var f = a.Finding(number);
        return await RaiseAsync(CorrectiveActionSource.AuditFinding, FindingRef(a.Id, f.Number),
            $"{a.Title} 发现 {f.Number}（{f.ClauseRef}，{QualityLabels.Of(f.Severity)}）", a.ServiceUnitId, r, ct);
    }

    /// <summary>
    /// The unit an action about a city-wide finding belongs to: the chosen owner's. 422 on the owner field when no active
    /// staff member of a unit was chosen.
    /// </summary>
    public async Task<long> UnitOfOwnerAsync(long? ownerStaffId, CancellationToken ct) =>
        await db.StaffMembers.AsNoTracking().Where(s => s.Id == ownerStaffId && s.IsActive)
            .Select(s => (long?)s.ServiceUnitId).FirstOrDefaultAsync(ct) ?? throw new DomainRuleException("责任人须为服务单位的在职工作人员", "ownerStaffId");

    public static string FindingRef(long auditId, int number) => QualityAccess.Key(auditId) + "#" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task PlanAsync(long id, PlanActionRequest r, CancellationToken ct) => StepAsync(id, r.Version, true, a =>
        a.Plan(r.RootCause ?? "", r.PlannedAction ?? "", access.Name, time.GetUtcNow()), "planned", ct);

    public Task ImplementAsync(long id, ActionNoteRequest r, CancellationToken ct) => StepAsync(id, r.Version, true, a =>
        a.Implement(r.Note ?? "", access.Name, time.GetUtcNow()), "implemented", ct);

    public async Task ReassignAsync(long id, ReassignActionRequest r, CancellationToken ct)
    {
        var a = await LoadAsync(id, r.Version, ct);
        access.EnsureManages(a.ServiceUnitId);
        var owner = await OwnerAsync(r.OwnerStaffId, a.ServiceUnitId, ct);
        a.Reassign(owner, r.DueOn ?? default, clock.Today, access.Name, time.GetUtcNow());
        access.Changed(QualityAccess.ActionEntity, a.Id, a.ServiceUnitId, AuditAction.Update, "reassigned:" + owner.StaffId);
        await notices.ToStaffAsync(owner.StaffId, "纠正预防措施", $"您是措施 #{a.Id} 的责任人，请于 {a.DueOn:yyyy-MM-dd} 前完成。", $"action:{a.Id}:owner:{a.Events.Count}", ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A manager or the head, not the owner, checks the effect; "not effective" returns it to the owner.</summary>
    public Task VerifyAsync(long id, VerifyActionRequest r, CancellationToken ct) => StepAsync(id, r.Version, false, a =>
    {
        var me = access.StaffId ?? throw new ForbiddenException("效果验证须由工作人员账号进行");
        a.Verify(r.Effective ?? false, r.Note ?? "", me, access.Name, r.DueOn, clock.Today, time.GetUtcNow());
    }, r.Effective == true ? "verified:effective" : "verified:not-effective", ct);

    public Task CloseAsync(long id, ActionNoteRequest r, CancellationToken ct) => StepAsync(id, r.Version, false, a =>
        a.Close(access.Name, time.GetUtcNow()), "closed", ct);

    private async Task StepAsync(long id, int? version, bool ownerMay, Action<CorrectiveAction> step, string what, CancellationToken ct)
    {
        var a = await LoadAsync(id, version, ct);
        if (ownerMay)
            access.EnsureOwnerSide(a);
        else
            access.EnsureManages(a.ServiceUnitId);
        step(a);
        access.Changed(QualityAccess.ActionEntity, a.Id, a.ServiceUnitId, AuditAction.Update, what);
        if (a.Status == CorrectiveActionStatus.InProgress && what == "verified:not-effective")
            await notices.ToStaffAsync(a.OwnerStaffId, "措施验证无效", $"措施 #{a.Id} 经验证未达到效果，请重新分析原因并于 {a.DueOn:yyyy-MM-dd} 前完成。",
                $"action:{a.Id}:not-effective:{a.Events.Count}", ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<CorrectiveAction> LoadAsync(long id, int? version, CancellationToken ct)
    {
        if (access.IsEvaluator)
            throw new ForbiddenException("第三方评价人员只能查看");
        var a = await access.Actions().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrentIfGiven(db, a, version);
        return a;
    }

    private async Task<ActionOwner> OwnerAsync(long? staffId, long unitId, CancellationToken ct)
    {
        var s = await db.StaffMembers.AsNoTracking().Where(x => x.Id == staffId && x.IsActive && x.ServiceUnitId == unitId)
            .Select(x => new { x.Id, x.Name }).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("责任人须为本单位在职工作人员", "ownerStaffId");
        return new ActionOwner(s.Id, s.Name);
    }
}
