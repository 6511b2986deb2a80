using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>
/// Employment plans (6.1.4–6.1.6): drafted in the planning stage, active only with the worker's agreement, then
/// followed up on the cadence; a plan drafted after a review links to the plan it replaces.
/// </summary>
public sealed class PlanHandlers(AppDbContext db, CurrentUser user, CaseAccess access, TimeProvider time, AgencyClock clock)
{
    public async Task<long> DraftAsync(long caseId, PlanForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(caseId, ct);
        if (c.Stage != CaseStage.Planning)
            throw new DomainRuleException("个案进入“就业计划”阶段后才能制定计划", "stage");
        var plans = await db.EmploymentPlans.Where(p => p.CaseId == caseId).ToListAsync(ct);
        if (plans.Exists(p => p.Status == PlanStatus.Draft))
            throw new ConflictException("已有一份待确认的计划草案，请修改它");
        var previous = plans.Where(p => p.Status != PlanStatus.Withdrawn).MaxBy(p => p.Sequence);
        var plan = new EmploymentPlan(c.ServiceUnitId, c.Id, c.WorkerId, plans.Count + 1, previous?.Id, form.ToTerms(),
            await IsPriorityAsync(c, ct), time.GetUtcNow());
        db.EmploymentPlans.Add(plan);
        access.Audit(c, AuditAction.Update, "plan:draft");
        await access.SaveWithActivityAsync(c.Id, time.GetUtcNow(), ct);
        return plan.Id;
    }

    public async Task ReviseAsync(long caseId, long planId, PlanForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var (c, plan) = await LoadAsync(caseId, planId, form.Version, ct, required: true);
        plan.Revise(form.ToTerms(), await IsPriorityAsync(c, ct));
        access.Audit(c, AuditAction.Update, "plan:revise");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The worker agrees: at the desk staff record the signature, in the portal the worker confirms. The plan becomes
    /// active, its follow-ups are scheduled on the cadence and the case moves on to follow-up. No agreement, no plan (422).
    /// </summary>
    public async Task AgreeAsync(long caseId, long planId, AgreeRequest r, CancellationToken ct)
    {
        var (c, plan) = await LoadAsync(caseId, planId, r.Version, ct);
        var now = time.GetUtcNow();
        PlanAgreement? agreement;
        if (access.IsWorker)
            agreement = new PlanAgreement(AgreementMethod.ConfirmedOnline, Channel.Online, now, await access.WorkerNameAsync(c.WorkerId, ct), user.UserId!);
        else
        {
            access.EnsureStaff();
            agreement = string.IsNullOrWhiteSpace(r.SignedBy) ? null
                : new PlanAgreement(AgreementMethod.SignedInPerson, Channel.Offline, now, r.SignedBy.Trim(), user.UserId!);
        }
        if (c.Stage != CaseStage.Planning)
            throw new DomainRuleException("个案不在“就业计划”阶段", "stage");
        var dates = plan.Activate(agreement, clock.Today, now);
        db.FollowUps.AddRange(dates.Select(d => new FollowUp(c.ServiceUnitId, c.Id, plan.Id, c.WorkerId, c.CounselorId, d)));
        var actor = access.IsWorker ? access.Actor with { Name = agreement!.AgreedBy } : access.Actor;
        c.MoveTo(CaseStage.FollowUp, new StageFacts(0, 0, HasActivePlan: true), actor,
            agreement!.Method == AgreementMethod.ConfirmedOnline ? "劳动者在线确认就业计划" : "劳动者签字同意就业计划", now);
        access.Audit(c, AuditAction.Update, "plan:agreed");
        await db.SaveChangesAsync(ct);
    }

    public async Task AdjustActionAsync(long caseId, long planId, int line, ActionAdjustRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var (c, plan) = await LoadAsync(caseId, planId, r.Version, ct);
        plan.AdjustAction(line, r.Status, r.DueOn!.Value, IntakeForm.Blank(r.Note), user.UserId!, clock.Today, time.GetUtcNow());
        access.Audit(c, AuditAction.Update, "plan:action");
        await access.SaveWithActivityAsync(c.Id, time.GetUtcNow(), ct);
    }

    public async Task AddActionAsync(long caseId, long planId, PlanActionForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        if (form.IsEmpty || form.DueOn is null || string.IsNullOrWhiteSpace(form.Description))
            throw new DomainRuleException("请填写行动内容和完成日期", nameof(form.Description));
        var (c, plan) = await LoadAsync(caseId, planId, null, ct);
        plan.AddAction(new PlanActionTerms(form.Kind, form.Description, form.DueOn.Value), user.UserId!, time.GetUtcNow());
        access.Audit(c, AuditAction.Update, "plan:action-add");
        await access.SaveWithActivityAsync(c.Id, time.GetUtcNow(), ct);
    }

    /// <summary>Revising a draft needs the version it was based on; agreeing and adjusting check it when given.</summary>
    private async Task<(GuidanceCase, EmploymentPlan)> LoadAsync(long caseId, long planId, int? version, CancellationToken ct, bool required = false)
    {
        var c = await access.LoadAsync(caseId, ct);
        var plan = await db.EmploymentPlans.FirstOrDefaultAsync(p => p.Id == planId && p.CaseId == caseId, ct) ?? throw new NotFoundException();
        if (required)
            ETags.EnsureCurrent(db, plan, version);
        else
            ETags.EnsureCurrentIfGiven(db, plan, version);
        return (c, plan);
    }

    private Task<bool> IsPriorityAsync(GuidanceCase c, CancellationToken ct) =>
        db.Workers.AnyAsync(w => w.Id == c.WorkerId && (w.SpecialGroups & SpecialGroups.EmploymentAssistanceTarget) != 0, ct);
}
