using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// The assessment plan (7.1.6): proposed by staff, agreed by the worker with an assessment consent, then carried out.
/// Agreeing creates one assessment per instrument, so nothing can be administered before the agreement. One
/// transaction and one audit entry per use case.
/// </summary>
public sealed class PlanHandlers(AppDbContext db, CurrentUser user, AssessmentAccess access, TimeProvider time, AgencyClock clock)
{
    public const string ConsentNote = "同意职业测评并授权处理测评结果（敏感个人信息）";

    public async Task<long> CreateAsync(AssessmentPlanRequest r, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var worker = await user.Scope(db.Workers).Where(w => w.Id == r.WorkerId)
            .Select(w => new { w.Id, w.ServiceUnitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("劳动者不存在或无权查看");
        await EnsureInstrumentsAsync(r.InstrumentIds, ct);
        if (r.PlannedOn < clock.Today)
            throw new DomainRuleException("计划测评日期不能早于今天", nameof(r.PlannedOn));
        var caseId = await db.GuidanceCases.Where(c => c.WorkerId == worker.Id && c.Stage != CaseStage.Closed)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        var plan = new AssessmentPlan(worker.ServiceUnitId, worker.Id, caseId, access.StaffId, r.Purpose!, r.Mode, r.PlannedOn!.Value,
            r.InstrumentIds, r.Note, access.Actor, time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AssessmentPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        access.Changed(AssessmentAccess.PlanEntity, plan.Id, plan.ServiceUnitId, AuditAction.Create, "proposed");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return plan.Id;
    }

    public async Task ReviseAsync(long id, AssessmentPlanRequest r, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var plan = await access.PlanAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, plan, r.Version);
        await EnsureInstrumentsAsync(r.InstrumentIds, ct);
        plan.Revise(r.Purpose!, r.Mode, r.PlannedOn!.Value, r.InstrumentIds, r.Note);
        access.Changed(AssessmentAccess.PlanEntity, plan.Id, plan.ServiceUnitId, AuditAction.Update, "revised");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The worker agrees: an assessment consent is recorded (who recorded it, how), the plan becomes agreed and its
    /// assessments are created. A worker agrees only to their own plan, online; staff record an in-person agreement.
    /// </summary>
    public async Task AgreeAsync(long id, AgreePlanRequest r, CancellationToken ct)
    {
        if (!access.IsWorker)
            access.EnsureCaseWorker();
        var plan = await access.PlanAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, plan, r.Version);
        var channel = access.IsWorker ? Channel.Online : r.Channel;
        var now = time.GetUtcNow();
        var instruments = await db.Instruments.Where(i => plan.InstrumentIds.Contains(i.Id)).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var consent = new ConsentRecord(plan.WorkerId, ConsentKind.Assessment, ArchiveScope.None, clock.Today, channel,
            user.UserId ?? "", ConsentNote, now);
        db.ConsentRecords.Add(consent);
        await db.SaveChangesAsync(ct);
        plan.Agree(channel, consent.Id, access.DisplayName, now);
        var administration = plan.Mode == AssessmentMode.OnSite ? Administration.Hall : Administration.Portal;
        foreach (var instrument in plan.InstrumentIds.Select(i => instruments.First(x => x.Id == i)))
            db.Assessments.Add(new Assessment(plan, instrument, administration));
        if (plan.InstrumentIds.Count == 0)
            plan.Complete(now); // an interview-only plan is carried out in the interview itself
        access.Changed(AssessmentAccess.PlanEntity, plan.Id, plan.ServiceUnitId, AuditAction.Update, "agreed:" + channel);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Cancelled (by staff, or by the worker withdrawing): open assessments are voided, the assessment consent withdrawn.</summary>
    public async Task CancelAsync(long id, ReasonRequest r, CancellationToken ct)
    {
        if (!access.IsWorker)
            access.EnsureCaseWorker();
        var plan = await access.PlanAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, plan, r.Version);
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        plan.Cancel(r.Reason!, now);
        foreach (var a in await db.Assessments.Where(a => a.PlanId == plan.Id
                     && (a.Status == AssessmentStatus.NotStarted || a.Status == AssessmentStatus.InProgress)).ToListAsync(ct))
            a.Void("测评方案已取消：" + r.Reason!.Trim());
        if (access.IsWorker && plan.ConsentRecordId is { } consentId
            && await db.ConsentRecords.FirstOrDefaultAsync(c => c.Id == consentId && c.WithdrawnAt == null, ct) is { } consent)
            consent.Withdraw(now);
        access.Changed(AssessmentAccess.PlanEntity, plan.Id, plan.ServiceUnitId, AuditAction.Update, "cancelled");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task EnsureInstrumentsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        var found = await db.Instruments.Where(i => ids.Contains(i.Id) && i.RetiredAt == null).CountAsync(ct);
        if (found != ids.Distinct().Count())
            throw new DomainRuleException("所选测评工具不存在或已停用", "instrumentIds");
    }
}
