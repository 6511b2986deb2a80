using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Assessments;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>
/// Files the forms the system generates into the case archive (7.2.2 a, c, e, f, g): each appointment's registration
/// form, each guidance record's process record form, each issued career-tendency report, each sent referral form, each
/// worker's satisfaction response —
/// rendered to PDF once, hashed and stored like an upload. Each item is its own transaction, so one failure does not
/// hold back the rest; what failed stays missing in the completeness check, where the custodian files the case again.
/// </summary>
public sealed class ArchiveFiling(AppDbContext db, IServiceProvider services, FileIntake intake, TimeProvider time, ILogger<ArchiveFiling> logger)
{
    public const string Appointment = "Appointment", Record = "GuidanceRecord", Report = "CareerTendencyReport", Referral = "CaseReferral",
        Satisfaction = "SatisfactionResponse";

    /// <summary>Files every generated form of one case that is not filed yet; returns how many were filed.</summary>
    public async Task<int> FileCaseAsync(long caseId, CancellationToken ct)
    {
        await AttachAppointmentFormsAsync(ct);
        return await FileAsync(await PendingAsync(caseId, int.MaxValue, ct), ct);
    }

    /// <summary>One batch across all cases (the background job).</summary>
    public async Task<int> FileBatchAsync(int batch, CancellationToken ct)
    {
        await AttachAppointmentFormsAsync(ct);
        return await FileAsync(await PendingAsync(null, batch, ct), ct);
    }

    /// <summary>
    /// An appointment is often booked before there is a case, and linked to the case when the worker comes: its form,
    /// filed with the worker only, joins the case's archive then (one set-based UPDATE of the forms still unattached).
    /// </summary>
    private Task<int> AttachAppointmentFormsAsync(CancellationToken ct) =>
        db.ArchiveItems
            .Where(i => i.CaseId == null && i.SourceType == Appointment && db.Appointments.Any(a => a.Id == i.SourceId && a.CaseId != null))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CaseId, i => db.Appointments.Where(a => a.Id == i.SourceId).Select(a => a.CaseId).First()), ct);

    internal sealed record Pending(string Type, long SourceId, long UnitId, long WorkerId, long? CaseId);

    /// <summary>
    /// Sources without an item, oldest first. The anti-join runs on the (SourceType, SourceId) index; the sources are
    /// read from the id after the last one filed (a per-type watermark), so a run costs the new rows, not the history.
    /// </summary>
    private async Task<List<Pending>> PendingAsync(long? caseId, int batch, CancellationToken ct)
    {
        var filed = db.ArchiveItems.Where(i => i.SourceId != null);
        var marks = caseId is null ? await db.ArchiveFilingMarks.ToDictionaryAsync(m => m.SourceType, m => m.LastId, ct) : [];
        long Mark(string type) => marks.GetValueOrDefault(type);
        var appointmentMark = Mark(Appointment);
        var recordMark = Mark(Record);
        var satisfactionMark = Mark(Satisfaction);

        var pending = new List<Pending>();
        pending.AddRange(await db.Appointments
            .Where(a => (caseId == null ? a.Id > appointmentMark : a.CaseId == caseId)
                && !filed.Any(i => i.SourceType == Appointment && i.SourceId == a.Id))
            .OrderBy(a => a.Id).Take(batch)
            .Select(a => new Pending(Appointment, a.Id, a.ServiceUnitId, a.WorkerId, a.CaseId)).ToListAsync(ct));
        pending.AddRange(await db.GuidanceRecords
            .Where(r => r.CaseId != null && (caseId == null ? r.Id > recordMark : r.CaseId == caseId)
                && !filed.Any(i => i.SourceType == Record && i.SourceId == r.Id))
            .OrderBy(r => r.Id).Take(batch)
            .Select(r => new Pending(Record, r.Id, r.ServiceUnitId, r.WorkerId, r.CaseId)).ToListAsync(ct));
        // Reports and referrals are few and change state after they are created: looked for by state, not by id.
        pending.AddRange(await db.CareerTendencyReports
            .Where(r => r.Status == ReportStatus.Issued && (caseId == null || r.CaseId == caseId)
                && !filed.Any(i => i.SourceType == Report && i.SourceId == r.Id))
            .OrderBy(r => r.Id).Take(batch)
            .Select(r => new Pending(Report, r.Id, r.ServiceUnitId, r.WorkerId, r.CaseId)).ToListAsync(ct));
        pending.AddRange(await db.CaseReferrals
            .Where(r => r.SentAt != null && (caseId == null || r.CaseId == caseId)
                && !filed.Any(i => i.SourceType == Referral && i.SourceId == r.Id))
            .Join(db.GuidanceCases, r => r.CaseId, c => c.Id, (r, c) => new { r.Id, c.ServiceUnitId, c.WorkerId, r.CaseId })
            .OrderBy(x => x.Id).Take(batch)
            .Select(x => new Pending(Referral, x.Id, x.ServiceUnitId, x.WorkerId, x.CaseId))
            .ToListAsync(ct));
        // g: a worker's satisfaction response (an employer's has no worker archive); read only by the unit's custodian,
        // managers and head (ArchiveAccess), never by the counselor.
        pending.AddRange(await db.SatisfactionResponses
            .Where(r => (caseId == null ? r.Id > satisfactionMark : r.CaseId == caseId) && r.Survey.WorkerId != null
                && !filed.Any(i => i.SourceType == Satisfaction && i.SourceId == r.Id))
            .OrderBy(r => r.Id).Take(batch)
            .Select(r => new Pending(Satisfaction, r.Id, r.ServiceUnitId, r.Survey.WorkerId!.Value, r.CaseId)).ToListAsync(ct));
        return pending;
    }

    private async Task<int> FileAsync(List<Pending> pending, CancellationToken ct)
    {
        var filed = 0;
        foreach (var p in pending)
        {
            try
            {
                var (kind, title, pdf) = await RenderAsync(p, ct);
                var file = await intake.AcceptGeneratedAsync(pdf, title + ".pdf", SystemUser.Id, ct);
                db.StoredFiles.Add(file);
                db.ArchiveItems.Add(new ArchiveItem(p.UnitId, p.WorkerId, p.CaseId, kind, title, ArchiveOrigin.Generated,
                    new ArchiveSource(p.Type, p.SourceId), file, SystemUser.Id, null, time.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                filed++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Filing {Type} {Id} failed; it stays missing until the next run", p.Type, p.SourceId);
                db.ChangeTracker.Clear();
            }
        }

        await AdvanceMarksAsync(pending, ct);
        return filed;
    }

    private async Task<(ArchiveKind Kind, string Title, byte[] Pdf)> RenderAsync(Pending p, CancellationToken ct) => p.Type switch
    {
        Appointment => (ArchiveKind.AppointmentForm, $"预约登记表（预约 {p.SourceId}）",
            await services.GetRequiredService<AppointmentForms>().RegistrationFormAsync(p.SourceId, ct)),
        Record => (ArchiveKind.ProcessRecord, $"指导过程记录表（记录 {p.SourceId}）",
            await services.GetRequiredService<RecordForms>().ProcessRecordAsync(p.CaseId!.Value, p.SourceId, ct)),
        Report => (ArchiveKind.AssessmentReport, $"职业倾向分析报告（报告 {p.SourceId}）",
            services.GetRequiredService<CareerReportPdf>().Render(await services.GetRequiredService<ReportModelBuilder>().BuildAsync(p.SourceId, ct))),
        Satisfaction => (ArchiveKind.SatisfactionForm, $"满意度反馈表（反馈 {p.SourceId}）",
            await services.GetRequiredService<Surveys.SurveyFormPdf>().RenderAsync(p.SourceId, ct)),
        _ => (ArchiveKind.ReferralForm, $"个案转介表（转介 {p.SourceId}）",
            await services.GetRequiredService<ReferralFormPdf>().RenderAsync(await services.GetRequiredService<ReferralQueries>().GetAsync(p.SourceId, ct), ct)),
    };

    /// <summary>Moves each id-ordered type's watermark past what this batch looked at (failures are retried by case refile).</summary>
    private async Task AdvanceMarksAsync(List<Pending> pending, CancellationToken ct)
    {
        foreach (var type in new[] { Appointment, Record, Satisfaction })
        {
            var last = pending.Where(p => p.Type == type).Select(p => p.SourceId).DefaultIfEmpty(0).Max();
            if (last == 0)
                continue;
            var mark = await db.ArchiveFilingMarks.FindAsync([type], ct);
            if (mark is null)
                db.ArchiveFilingMarks.Add(new ArchiveFilingMark(type, last));
            else if (mark.LastId < last)
                mark.LastId = last;
        }

        await db.SaveChangesAsync(ct);
    }
}

/// <summary>How far the background filing has looked through an id-ordered source table.</summary>
public sealed class ArchiveFilingMark(string sourceType, long lastId)
{
    public string SourceType { get; private set; } = sourceType;
    public long LastId { get; set; } = lastId;
}
