using System.Security.Cryptography;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>
/// 第三方评价 (9.2.3): the head grants and revokes; the evaluator draws its sample, records findings and concludes.
/// One transaction per step; stale versions are 409.
/// </summary>
public sealed class EvaluationHandlers(AppDbContext db, EvaluationAccess access, UserManager<AppUser> users, CorrectiveActionHandlers actions,
    AgencyClock clock, TimeProvider time)
{
    public async Task<long> GrantAsync(GrantForm form, CancellationToken ct)
    {
        if (!access.IsHead)
            throw new ForbiddenException("第三方评价的授权由负责人决定");
        var unit = access.IsCityLevel ? form.ServiceUnitId : access.OwnUnit;
        if (unit is { } u && !await db.ServiceUnits.AnyAsync(x => x.Id == u, ct))
            throw new DomainRuleException("服务单位不存在", nameof(form.ServiceUnitId));
        var evaluator = await users.FindByIdAsync(form.EvaluatorUserId ?? "");
        if (evaluator is null || !await users.IsInRoleAsync(evaluator, Roles.Evaluator))
            throw new DomainRuleException("请选择第三方评价机构的账号", nameof(form.EvaluatorUserId));
        var e = new ThirdPartyEvaluation(evaluator.Id, evaluator.DisplayName ?? evaluator.UserName ?? "", unit, form.PeriodFrom!.Value, form.PeriodTo!.Value,
            form.AccessUntil!.Value, form.Purpose ?? "", access.Actor, clock.Today, time.GetUtcNow());
        db.ThirdPartyEvaluations.Add(e);
        await db.SaveChangesAsync(ct);
        access.Changed(e, AuditAction.Create, "granted to " + evaluator.UserName);
        await db.SaveChangesAsync(ct);
        return e.Id;
    }

    public async Task RevokeAsync(long id, StepForm form, CancellationToken ct)
    {
        if (!access.IsHead)
            throw new ForbiddenException("第三方评价的授权由负责人决定");
        var e = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, e, form.Version);
        e.Revoke(time.GetUtcNow());
        access.Changed(e, AuditAction.Update, "revoked");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Cases of the grant's unit that were open at some time in its period.</summary>
    public IQueryable<GuidanceCase> Population(ThirdPartyEvaluation e)
    {
        var period = new Quality.Conformance.ConformancePeriod(e.PeriodFrom, e.PeriodTo);
        var cases = db.GuidanceCases.Where(c => c.OpenedAt < period.End && (c.ClosedAt == null || c.ClosedAt >= period.Start));
        return e.ServiceUnitId is { } u ? cases.Where(c => c.ServiceUnitId == u) : cases;
    }

    public async Task DrawSampleAsync(long id, SampleForm form, CancellationToken ct)
    {
        var e = await access.OpenForEvaluatorAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, e, form.Version);
        var population = await Population(e).Select(c => c.Id).ToListAsync(ct);
        e.DrawSample(population, form.Size ?? 0, form.Seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue), clock.Today, time.GetUtcNow());
        access.Changed(e, AuditAction.Update, $"sample {e.SampleCaseIds.Count} of {population.Count}");
        await db.SaveChangesAsync(ct);
    }

    public async Task AddFindingAsync(long id, FindingForm form, CancellationToken ct)
    {
        var e = await access.OpenForEvaluatorAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, e, form.Version);
        e.AddFinding(form.Clause ?? "", form.Text ?? "", form.Severity ?? 0, clock.Today, time.GetUtcNow());
        access.Changed(e, AuditAction.Update, "finding " + form.Clause);
        await db.SaveChangesAsync(ct);
    }

    public async Task CompleteAsync(long id, ConclusionForm form, CancellationToken ct)
    {
        var e = await access.OpenForEvaluatorAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, e, form.Version);
        e.Complete(form.Conclusion ?? "", clock.Today, time.GetUtcNow());
        access.Changed(e, AuditAction.Update, "completed");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The unit's manager or head turns a finding into a corrective or preventive action (9.1.3); the finding keeps the
    /// action's number, so it is raised once. A city-wide evaluation's finding goes to the unit of the owner chosen.
    /// </summary>
    public async Task<long> RaiseFromFindingAsync(long id, int line, RaiseActionRequest request, CancellationToken ct)
    {
        if (access.IsEvaluator)
            throw new ForbiddenException("纠正预防措施由服务单位提出");
        var e = await access.LoadAsync(id, ct);
        var finding = e.Findings.FirstOrDefault(f => f.Line == line) ?? throw new NotFoundException("没有这条评价发现");
        if (finding.CorrectiveActionId is { } existing)
            throw new DomainRuleException($"该发现已提出措施 #{existing}", "line");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var unit = e.ServiceUnitId ?? await actions.UnitOfOwnerAsync(request.OwnerStaffId, ct);
        var text = $"第三方评价 #{e.Id}（{e.EvaluatorName}）发现 {line}：{finding.Clause}，{EvaluationLabels.Of(finding.Severity)}";
        var actionId = await actions.RaiseAsync(CorrectiveActionSource.ThirdPartyFinding, SourceRefs.OfLine(e.Id, line), text, unit, request, ct);
        e.LinkAction(line, actionId);
        access.Changed(e, AuditAction.Update, $"finding {line} action {actionId}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return actionId;
    }
}
