using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// 自查考评 (9.2.2): the head convenes it (the report is computed at once), managers record their self-assessment
/// (9.2.2a), the head answers the checklist and signs the appraisal (9.2.2b). One transaction per step; a stale
/// version is 409; another unit's evaluation is 404.
/// </summary>
public sealed class SelfEvaluationHandlers(AppDbContext db, QualityScope scope, ConformanceReports reports, ConformanceExport export,
    AuditLog audit, TimeProvider time)
{
    public const string EntityType = "SelfEvaluation";

    public IQueryable<SelfEvaluation> Visible()
    {
        var unit = scope.IsCityLevel ? null : scope.Resolve(null);
        return unit is { } u ? db.SelfEvaluations.Where(e => e.ServiceUnitId == u) : db.SelfEvaluations;
    }

    public async Task<SelfEvaluation> LoadAsync(long id, CancellationToken ct) =>
        scope.Reach(await db.SelfEvaluations.FirstOrDefaultAsync(e => e.Id == id, ct));

    /// <summary>The self-inspection as a PDF form or a workbook; the export leaves the system, so it is audited.</summary>
    public async Task<ConformanceExport.ExportedFile> ExportAsync(long id, string format, CancellationToken ct)
    {
        var e = await LoadAsync(id, ct);
        var unit = await reports.UnitNameAsync(e.ServiceUnitId, ct);
        audit.Read(AuditAction.Export, EntityType, e.Id.ToString(CultureInfo.InvariantCulture), e.ServiceUnitId, format);
        return export.File(format, unit, new ConformancePeriod(e.PeriodFrom, e.PeriodTo), e.Rows, e);
    }

    public async Task<long> ConveneAsync(SelfEvaluationForm form, CancellationToken ct)
    {
        EnsureHead();
        var unit = scope.Resolve(form.ServiceUnitId) ?? throw new DomainRuleException("请选择服务单位", nameof(form.ServiceUnitId));
        await reports.UnitNameAsync(unit, ct);
        var evaluation = new SelfEvaluation(unit, form.From!.Value, form.To!.Value, form.Title ?? "",
            ConformanceChecklist.Items.Select(i => (i.Key, i.Clause, i.Text)), scope.Actor, time.GetUtcNow());
        var report = await reports.ComputeAsync(unit, new ConformancePeriod(evaluation.PeriodFrom, evaluation.PeriodTo), ct);
        evaluation.Refresh(report.Rows, time.GetUtcNow());
        db.SelfEvaluations.Add(evaluation);
        await db.SaveChangesAsync(ct);
        Changed(evaluation, AuditAction.Create, "convened");
        await db.SaveChangesAsync(ct);
        return evaluation.Id;
    }

    public Task RefreshAsync(long id, int? version, CancellationToken ct) => StepAsync(id, version, "refreshed", async e =>
    {
        var report = await reports.ComputeAsync(e.ServiceUnitId, new ConformancePeriod(e.PeriodFrom, e.PeriodTo), ct);
        e.Refresh(report.Rows, time.GetUtcNow());
    }, ct);

    public Task AnswerAsync(long id, string key, ChecklistAnswerForm form, CancellationToken ct)
    {
        EnsureHead();
        return StepAsync(id, form.Version, "checklist " + key, e =>
        {
            e.Answer(key, form.Answer!.Value, form.Note, scope.Actor, time.GetUtcNow());
            return Task.CompletedTask;
        }, ct);
    }

    public Task AssessAsync(long id, ManagerAssessmentForm form, CancellationToken ct)
    {
        if (!scope.IsManager)
            throw new ForbiddenException("自我评价由专业管理人员填写（9.2.2a）");
        return StepAsync(id, form.Version, "self-assessment", e =>
        {
            e.Assess(scope.Actor, form.Rating!.Value, form.Findings ?? "", form.Improvements, time.GetUtcNow());
            return Task.CompletedTask;
        }, ct);
    }

    public Task SignAsync(long id, AppraisalForm form, CancellationToken ct)
    {
        EnsureHead();
        return StepAsync(id, form.Version, "signed", e =>
        {
            e.Sign(form.Rating!.Value, form.Conclusion ?? "", scope.Actor, time.GetUtcNow());
            return Task.CompletedTask;
        }, ct);
    }

    private async Task StepAsync(long id, int? version, string what, Func<SelfEvaluation, Task> step, CancellationToken ct)
    {
        var evaluation = await LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, evaluation, version);
        await step(evaluation);
        Changed(evaluation, AuditAction.Update, what);
        await db.SaveChangesAsync(ct);
    }

    private void EnsureHead()
    {
        if (!scope.IsHead)
            throw new ForbiddenException("自查考评由负责人组织和签署（9.2.2b）");
    }

    private void Changed(SelfEvaluation e, AuditAction action, string what) =>
        audit.Changed(db, action, EntityType, e.Id.ToString(CultureInfo.InvariantCulture), e.ServiceUnitId, what);
}
