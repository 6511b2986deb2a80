using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>Reads for the pages and the API; reads of a person's results by staff are audited.</summary>
public sealed class AssessmentQueries(AppDbContext db, AssessmentAccess access, InstrumentCatalog catalog)
{
    public async Task<List<InstrumentView>> InstrumentsAsync(bool includeRetired, CancellationToken ct)
    {
        var rows = await db.Instruments.AsNoTracking().Where(i => includeRetired || i.RetiredAt == null)
            .OrderBy(i => i.Kind).ThenBy(i => i.Code).ThenBy(i => i.Id).ToListAsync(ct);
        var result = new List<InstrumentView>();
        foreach (var i in rows)
            result.Add(View(i, await catalog.GetAsync(db, i.Id, ct)));
        return result;
    }

    /// <summary>Every instrument with its items (the catalogue page), from one read.</summary>
    public async Task<List<InstrumentDetailView>> InstrumentDetailsAsync(bool includeRetired, CancellationToken ct)
    {
        var rows = await db.Instruments.AsNoTracking().Where(i => includeRetired || i.RetiredAt == null)
            .OrderBy(i => i.Kind).ThenBy(i => i.Code).ThenBy(i => i.Id).ToListAsync(ct);
        var result = new List<InstrumentDetailView>();
        foreach (var i in rows)
            result.Add(Detail(i, await catalog.GetAsync(db, i.Id, ct)));
        return result;
    }

    public async Task<InstrumentDetailView> InstrumentAsync(long id, CancellationToken ct)
    {
        var i = await db.Instruments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("测评工具不存在");
        return Detail(i, await catalog.GetAsync(db, id, ct));
    }

    private static InstrumentDetailView Detail(Instrument i, InstrumentDefinition d) =>
        new(View(i, d), d.Instructions.Zh, d.ResponseScale, d.Scales, Items(d));

    private static InstrumentView View(Instrument i, InstrumentDefinition d) => new(i.Id, i.Code, i.Version, i.Kind, i.NameZh, i.NameEn,
        d.Description.Zh, i.ItemCount, d.EstimatedMinutes, d.Source, d.Translation, d.Norms.Group.Zh, i.IsRetired);

    private static List<InstrumentItemView> Items(InstrumentDefinition d) =>
        [.. d.Items.Select((x, n) => new InstrumentItemView(n, x.Id, x.Scale, x.Zh, x.En))];

    public async Task<List<PlanListItem>> PlansAsync(long? workerId, bool openOnly, int limit, CancellationToken ct)
    {
        var q = access.Plans().AsNoTracking();
        if (workerId is { } w)
            q = q.Where(p => p.WorkerId == w);
        if (openOnly)
            q = q.Where(p => p.Status == AssessmentPlanStatus.Proposed || p.Status == AssessmentPlanStatus.Agreed
                || db.CareerTendencyReports.Any(r => r.PlanId == p.Id && (r.Status == ReportStatus.Draft || r.FeedbackRecordedAt == null))
                || (p.Status == AssessmentPlanStatus.Completed && !db.CareerTendencyReports.Any(r => r.PlanId == p.Id)));
        return await q.OrderByDescending(p => p.CreatedAt).Take(Math.Clamp(limit, 1, 200))
            .Select(p => new PlanListItem(p.Id, p.WorkerId, db.Workers.Where(x => x.Id == p.WorkerId).Select(x => x.Name).First(), p.Mode,
                p.PlannedOn, p.Status, db.Assessments.Count(a => a.PlanId == p.Id),
                db.Assessments.Count(a => a.PlanId == p.Id && a.Status == AssessmentStatus.Completed),
                db.CareerTendencyReports.Where(r => r.PlanId == p.Id).Select(r => (long?)r.Id).FirstOrDefault(),
                db.CareerTendencyReports.Where(r => r.PlanId == p.Id).Select(r => (ReportStatus?)r.Status).FirstOrDefault(),
                db.CareerTendencyReports.Any(r => r.PlanId == p.Id && r.FeedbackRecordedAt != null), p.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<PlanView> PlanAsync(long id, CancellationToken ct)
    {
        var p = await access.Plans().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("测评方案不存在或无权查看");
        var worker = await db.Workers.Where(w => w.Id == p.WorkerId).Select(w => w.Name).FirstAsync(ct);
        var names = await db.Instruments.Where(i => p.InstrumentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.NameZh, ct);
        var assessments = await SummariesAsync(db.Assessments.Where(a => a.PlanId == id), ct);
        var report = await db.CareerTendencyReports.Where(r => r.PlanId == id).Select(r => new { r.Id, r.Status }).FirstOrDefaultAsync(ct);
        access.Read(AssessmentAccess.PlanEntity, p.Id, p.ServiceUnitId, "plan");
        return new PlanView(p.Id, p.WorkerId, worker, p.CaseId, p.Purpose, p.Mode, p.PlannedOn, p.Note, p.Status, p.InstrumentIds,
            [.. p.InstrumentIds.Select(i => names.GetValueOrDefault(i, "?"))], p.CreatedAt, p.CreatedByName, p.AgreedAt, p.AgreementChannel,
            p.AgreementRecordedBy, p.CancelReason, assessments, report?.Id, report?.Status, p.Version);
    }

    public async Task<List<AssessmentSummary>> SummariesAsync(IQueryable<Assessment> q, CancellationToken ct) =>
        await q.AsNoTracking().OrderBy(a => a.Id).Select(a => new AssessmentSummary(a.Id, a.InstrumentId,
            db.Instruments.Where(i => i.Id == a.InstrumentId).Select(i => i.NameZh).First(), a.Kind, a.Status, a.Administration,
            db.AssessmentAnswers.Count(x => x.AssessmentId == a.Id), a.ItemCount, a.StartedAt, a.CompletedAt, a.ActiveSeconds, a.Warnings,
            a.HollandCode, a.Version, a.PlanId)).ToListAsync(ct);

    /// <summary>The worker's own assessments (portal).</summary>
    public Task<List<AssessmentSummary>> MineAsync(CancellationToken ct) => SummariesAsync(access.Assessments(), ct);

    public async Task<TakeView> TakeAsync(long id, CancellationToken ct)
    {
        var a = await access.AssessmentAsync(id, ct);
        var d = await catalog.GetAsync(db, a.InstrumentId, ct);
        var answers = new int?[a.ItemCount];
        foreach (var x in await db.AssessmentAnswers.AsNoTracking().Where(x => x.AssessmentId == id).Select(x => new { x.ItemIndex, x.Value }).ToListAsync(ct))
            answers[x.ItemIndex] = x.Value;
        return new TakeView(a.Id, a.PlanId, d.Name.Zh, d.Instructions.Zh, d.EstimatedMinutes, a.Status, d.ResponseScale.Labels, Items(d), answers,
            a.Administration == Administration.Hall, d.Instructions.En);
    }

    public async Task<AssessmentResultView> ResultAsync(long id, CancellationToken ct)
    {
        var a = await access.AssessmentAsync(id, ct);
        if (a.Status != AssessmentStatus.Completed)
            throw new DomainRuleException("该测评尚未完成", "status");
        var d = await catalog.GetAsync(db, a.InstrumentId, ct);
        var summary = (await SummariesAsync(db.Assessments.Where(x => x.Id == id), ct))[0];
        access.Read(AssessmentAccess.AssessmentEntity, a.Id, a.ServiceUnitId, "scores");
        var scales = a.Scores.Select(s => ReportModelBuilder.Scale(s, d))
            .Select((s, n) => new ScaleResultView(s.Code, a.Scores[n].Parent, s.Name, s.Raw, s.Min, s.Max, s.Percentile, s.Level, s.Meaning)).ToList();
        return new AssessmentResultView(summary, d.Version, d.Norms.Group.Zh, scales, [.. ReportTexts.Warnings(a.Warnings)], a.HollandCode,
            a.HollandTied, ReportTexts.Consistency(a.Consistency), ReportTexts.Differentiation(a.Differentiation));
    }

    public async Task<ReportView> ReportAsync(long id, CancellationToken ct)
    {
        var r = await access.ReportAsync(id, ct);
        access.Read(AssessmentAccess.ReportEntity, r.Id, r.ServiceUnitId, "report");
        return ViewOf(r);
    }

    public static ReportView ViewOf(CareerTendencyReport r) => new(r.Id, r.PlanId, r.WorkerId, r.CaseId, ReportModelBuilder.Number(r), r.Status,
        r.Evaluation, r.NextSteps, r.Suggestions, r.PreviousReportId, r.IssuedAt, r.IssuedBy, r.FeedbackOn, r.FeedbackChannel, r.WorkerComments, r.Version);

    public async Task<List<ReportView>> ReportsAsync(long workerId, CancellationToken ct)
    {
        var ids = await access.Reports().Where(r => r.WorkerId == workerId).OrderByDescending(r => r.CreatedAt).Select(r => r.Id).ToListAsync(ct);
        var list = new List<ReportView>();
        foreach (var i in ids)
            list.Add(await ReportAsync(i, ct));
        return list;
    }
}
