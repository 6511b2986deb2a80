using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>Puts together the <see cref="CareerReportModel"/> of a report from the stored results; reading it is audited.</summary>
public sealed class ReportModelBuilder(AppDbContext db, AssessmentAccess access, InstrumentCatalog catalog, PersonalDataProtector protector,
    DivisionCatalog divisions, AgencyClock clock)
{
    public static string Number(CareerTendencyReport r) =>
        $"GD-CTR-{AgencyClock.ToLocal(r.IssuedAt ?? r.CreatedAt).Year.ToString(CultureInfo.InvariantCulture)}-{r.Id.ToString("000000", CultureInfo.InvariantCulture)}";

    public async Task<CareerReportModel> BuildAsync(long reportId, CancellationToken ct) => (await PageAsync(reportId, ct)).Model;

    /// <summary>The report page's two views of one report (the editable fields and the report itself) from one audited read.</summary>
    public async Task<(ReportView View, CareerReportModel Model)> PageAsync(long reportId, CancellationToken ct)
    {
        var r = await access.Reports().AsNoTracking().FirstOrDefaultAsync(x => x.Id == reportId, ct)
            ?? throw new Infrastructure.Http.NotFoundException("报告不存在或无权查看");
        var w = await db.Workers.AsNoTracking().Where(x => x.Id == r.WorkerId).Select(x => new
        {
            x.Name, x.Gender, x.DateOfBirth, x.Education, x.ResidenceDistrictCode, x.EmploymentStatus, x.SpecialGroups, Id = x.IdNumber.Cipher,
        }).FirstAsync(ct);
        var unit = await db.ServiceUnits.Where(u => u.Id == r.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var counselor = r.CounselorId is { } cid ? await db.StaffMembers.Where(s => s.Id == cid).Select(s => s.Name).FirstOrDefaultAsync(ct) : null;
        var results = await ResultsAsync(r.AssessmentIds, ct);
        access.Read(AssessmentAccess.ReportEntity, r.Id, r.ServiceUnitId, "report");

        var person = new ReportPerson(w.Name, Labels.Of(w.Gender), Worker.AgeAt(w.DateOfBirth, clock.Today), Labels.Of(w.Education),
            divisions.FindDistrict(w.ResidenceDistrictCode)?.Name ?? "", Labels.Of(w.EmploymentStatus),
            string.Join("、", Labels.Of(w.SpecialGroups)) is { Length: > 0 } g ? g : "无", Mask.IdNumber(protector.Unprotect(w.Id)));
        var instruments = results.Select(x => new ReportInstrument(x.Definition.Name.Zh, x.Definition.Version,
            ReportTexts.Administration(x.Assessment.Administration), Fmt.Date(x.Assessment.CompletedAt!.Value),
            ReportTexts.Duration(x.Assessment.ActiveSeconds), [.. ReportTexts.Warnings(x.Assessment.Warnings)], x.Definition.Norms.Group.Zh)).ToList();
        var interest = results.FirstOrDefault(x => x.Definition.Kind == InstrumentKind.Interest) is { Assessment.HollandCode: not null } i
            ? Interest(i.Assessment, i.Definition) : null;
        var profiles = results.Where(x => x.Definition.Kind != InstrumentKind.Interest).OrderBy(x => x.Definition.Kind)
            .Select(x => Profile(x.Assessment, x.Definition)).ToList();
        var attributions = results.Select(x => $"{x.Definition.Name.Zh}：{x.Definition.Source}").Distinct().ToList();
        if (r.Suggestions.Count > 0)
            attributions.Add(OccupationProfiles.Attribution);
        var model = new CareerReportModel(unit, Number(r), clock.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            r.Status == ReportStatus.Issued, r.IssuedAt is { } at ? Fmt.Date(at) : null, r.IssuedBy, counselor ?? r.IssuedBy ?? "",
            person, instruments, interest, profiles, r.Evaluation, r.NextSteps, r.Suggestions, await ChangeAsync(r, results, ct),
            r.FeedbackOn is { } on ? new ReportFeedback(Fmt.Date(on), r.FeedbackChannel == Channel.Online ? "网上" : "面谈", r.WorkerComments) : null,
            ReportTexts.Caveat, attributions);
        return (AssessmentQueries.ViewOf(r), model);
    }

    public sealed record Result(Assessment Assessment, InstrumentDefinition Definition);

    public async Task<List<Result>> ResultsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        var list = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Status == AssessmentStatus.Completed)
            .OrderBy(a => a.Kind).ThenBy(a => a.Id).ToListAsync(ct);
        var results = new List<Result>();
        foreach (var a in list)
            results.Add(new Result(a, await catalog.GetAsync(db, a.InstrumentId, ct)));
        return results;
    }

    public static ReportScale Scale(ScaleScore s, InstrumentDefinition d)
    {
        var def = d.Scale(s.Code)!;
        return new ReportScale(s.Code, def.Name.Zh, s.Raw, s.Min, s.Max, s.Percentile, ReportTexts.Level(s.Percentile), ReportTexts.Meaning(def, s.Percentile));
    }

    public static ReportInterest Interest(Assessment a, InstrumentDefinition d)
    {
        var six = Holland.Order.Select(c => Scale(a.Scores.First(s => s.Code == c.ToString()), d)).ToList();
        return new ReportInterest(a.HollandCode!, a.HollandTied, ReportTexts.Consistency(a.Consistency), ReportTexts.Differentiation(a.Differentiation),
            six, ReportTexts.HollandExplanation(a.HollandCode!, d, a.HollandTied));
    }

    public static ReportProfile Profile(Assessment a, InstrumentDefinition d)
    {
        // Domains only: thirty facets would bury the summary a worker takes home; the results page shows them.
        var scales = a.Scores.Where(s => s.Parent is null).Select(s => Scale(s, d)).ToList();
        return new ReportProfile(d.Kind, ReportTexts.KindTitle(d.Kind), ReportTexts.Summary(d.Kind, scales), scales);
    }

    /// <summary>A re-test: each scale of an instrument taken both times, then and now.</summary>
    private async Task<ReportChange?> ChangeAsync(CareerTendencyReport r, List<Result> now, CancellationToken ct)
    {
        if (r.PreviousReportId is not { } prevId)
            return null;
        var prev = await db.CareerTendencyReports.AsNoTracking().FirstOrDefaultAsync(x => x.Id == prevId, ct);
        if (prev is null)
            return null;
        var before = await ResultsAsync(prev.AssessmentIds, ct);
        var rows = new List<ReportChangeRow>();
        foreach (var cur in now)
        {
            var old = before.FirstOrDefault(b => b.Definition.Code == cur.Definition.Code);
            if (old is null)
                continue;
            foreach (var s in cur.Assessment.Scores.Where(s => s.Parent is null))
            {
                if (old.Assessment.Scores.FirstOrDefault(o => o.Code == s.Code) is { } o)
                    rows.Add(new ReportChangeRow($"{cur.Definition.Scale(s.Code)!.Name.Zh}", o.Raw, s.Raw));
            }
        }
        var prevCode = before.FirstOrDefault(b => b.Definition.Kind == InstrumentKind.Interest)?.Assessment.HollandCode;
        var curCode = now.FirstOrDefault(b => b.Definition.Kind == InstrumentKind.Interest)?.Assessment.HollandCode;
        return new ReportChange(Number(prev), prev.IssuedAt is { } at ? Fmt.Date(at) : "", prevCode, curCode, rows);
    }
}
