using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Placements;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>One consent as the portal offers it: whether the worker may withdraw it here, and what withdrawing does.</summary>
public sealed record ConsentChoice(ConsentView Consent, bool Optional, bool CanWithdraw, string Explanation);

/// <summary>
/// The worker withdraws a consent in the portal (PIPL art. 15), and the processing it allowed stops at once:
/// assessment — the plans it agreed to are cancelled and their open assessments voided (issued reports stay in the
/// archive); recording — the group sessions' recordings are no longer filed for them (RecordingHandlers files only for
/// consents not withdrawn); automated recommendations — the PIPL art. 24 refusal, so matching leaves them out. The
/// service agreement is what the service and the archive rest on (7.2.1): it may be withdrawn only with no case open.
/// A case-referral consent belongs to one referral and is withdrawn with the counselor, which ends the referral (8.1.2).
/// </summary>
public sealed class ConsentChoices(AppDbContext db, CurrentUser user, AuditLog audit, RecommendationChoiceHandler recommendations, TimeProvider time)
{
    public const string AssessmentWithdrawn = "劳动者撤回测评同意";

    public async Task<IReadOnlyList<ConsentChoice>> MineAsync(CancellationToken ct)
    {
        var self = Self();
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.WorkerId == self).OrderByDescending(c => c.RecordedAt).ToListAsync(ct);
        var openCase = await db.GuidanceCases.AnyAsync(c => c.WorkerId == self && c.Stage != CaseStage.Closed, ct);
        var refuses = await db.Workers.Where(w => w.Id == self).Select(w => w.RefusesRecommendations).FirstAsync(ct);
        return [.. consents.Select(c => Choice(c, openCase, refuses))];
    }

    private static ConsentChoice Choice(ConsentRecord c, bool openCase, bool refuses)
    {
        var view = WorkerQueries.ToView(c);
        return c.Kind switch
        {
            ConsentKind.ServiceAgreement => new(view, false, c.IsActive && !openCase, openCase
                ? "服务协议是为您提供职业指导服务和保管档案的依据（标准 7.2.1）。您有正在进行的个案，个案结束前不能撤回。"
                : "服务协议是为您提供职业指导服务和保管档案的依据（标准 7.2.1）。撤回后不再为您归档新的资料；已归档的资料按保管期限保存。"),
            ConsentKind.Assessment => new(view, true, c.IsActive, "撤回后，尚未完成的测评将取消，不再进行；已出具的测评报告保留在档案中。"),
            ConsentKind.Recording => new(view, true, c.IsActive, "撤回后，团体指导活动的录音录像不再归入您的档案。"),
            ConsentKind.AutomatedRecommendations => refuses
                ? new(view, true, false, "您已拒绝自动化推荐。如需恢复，可在“我的信息”页面选择接受自动化推荐。")
                : new(view, true, c.IsActive, "撤回后，系统不再根据您的求职意向自动推荐岗位（《个人信息保护法》第二十四条），不影响其他就业服务。"),
            _ => new(view, false, false, "转介同意与一次个案转介相关。如需撤回，请联系您的职业指导人员，转介将随之终止（标准 8.1.2）。"),
        };
    }

    /// <summary>Withdraws one of the worker's own consents and stops what it allowed, in one transaction (audited).</summary>
    public async Task WithdrawAsync(long consentId, CancellationToken ct)
    {
        var self = Self();
        var consent = await db.ConsentRecords.FirstOrDefaultAsync(c => c.Id == consentId && c.WorkerId == self, ct) ?? throw new NotFoundException();
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == self).Select(w => new { w.ServiceUnitId, w.RefusesRecommendations }).FirstAsync(ct);
        var openCase = await db.GuidanceCases.AnyAsync(c => c.WorkerId == self && c.Stage != CaseStage.Closed, ct);
        var choice = Choice(consent, openCase, worker.RefusesRecommendations);
        if (!choice.CanWithdraw)
            throw new DomainRuleException(consent.IsActive ? choice.Explanation : "该授权已撤回", "consentId");
        if (consent.Kind == ConsentKind.AutomatedRecommendations)
        {
            // The art. 24 choice has its own handler (a new consent record of the refusal, the flag matching reads).
            await recommendations.SetAsync(self, refuses: true, ct);
            return;
        }
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        consent.Withdraw(now);
        var stopped = consent.Kind == ConsentKind.Assessment ? await StopAssessmentsAsync(consent.Id, now, ct) : 0;
        audit.Changed(db, AuditAction.Update, WorkerHandlers.EntityType, Fmt.Id(self), worker.ServiceUnitId,
            $"consent-withdrawn:{consent.Kind}; by=worker; stopped={Fmt.Id(stopped)}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The plans this consent agreed to are cancelled, their open assessments voided; returns how many were voided.</summary>
    private async Task<int> StopAssessmentsAsync(long consentId, DateTimeOffset now, CancellationToken ct)
    {
        var plans = await db.AssessmentPlans.Where(p => p.ConsentRecordId == consentId && p.Status == AssessmentPlanStatus.Agreed).ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        foreach (var p in plans)
            p.Cancel(AssessmentWithdrawn, now);
        var open = await db.Assessments.Where(a => planIds.Contains(a.PlanId)
            && (a.Status == AssessmentStatus.NotStarted || a.Status == AssessmentStatus.InProgress)).ToListAsync(ct);
        foreach (var a in open)
            a.Void(AssessmentWithdrawn);
        return open.Count;
    }

    private long Self() => user.IsInRole(Roles.Worker) && user.WorkerId is { } w ? w : throw new ForbiddenException("请以劳动者身份登录");
}
