using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.EmployerCases;

/// <summary>
/// Employer guidance cases (6.2): open with the situation and needs, record guidance (vacancy analysis, recommended
/// services, requirement adjustments, HR advice) with the market evidence frozen in, close. Staff of the employer's unit
/// (city level: all); the employer reads its own records in the portal. Each use case is one save.
/// </summary>
public sealed class EmployerCaseHandlers(AppDbContext db, CurrentUser user, AuditLog audit, TimeProvider time, EmployerAnalysis analysis,
    DivisionCatalog divisions)
{
    public const string EntityType = "EmployerCase";

    public async Task<EmployerCaseView> OpenAsync(EmployerCaseForm form, CancellationToken ct)
    {
        var employer = await user.Scope(db.Employers).FirstOrDefaultAsync(e => e.Id == form.EmployerId, ct)
            ?? throw new DomainRuleException("用人单位不存在或不在本单位服务范围", nameof(form.EmployerId));
        var counselor = user.StaffMemberId ?? throw new DomainRuleException("只有职业指导人员可以建立个案", nameof(form.EmployerId));
        var c = new EmployerCase(employer.ServiceUnitId, employer.Id, counselor, form.Situation, form.Needs, time.GetUtcNow());
        db.EmployerCases.Add(c);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, Key(c.Id), c.ServiceUnitId, "situation,needs");
        await db.SaveChangesAsync(ct);
        return await GetAsync(c.Id, ct);
    }

    public async Task<EmployerCaseView> DescribeAsync(long id, EmployerCaseForm form, int? version, CancellationToken ct)
    {
        var c = await LoadAsync(id, ct);
        ETags.EnsureCurrent(db, c, version);
        c.Describe(form.Situation, form.Needs, time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, EntityType, Key(id), c.ServiceUnitId, "situation,needs");
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<EmployerCaseView> CloseAsync(long id, CloseEmployerCaseForm form, int? version, CancellationToken ct)
    {
        var c = await LoadAsync(id, ct);
        ETags.EnsureCurrent(db, c, version);
        c.Close(form.Note, time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, EntityType, Key(id), c.ServiceUnitId, "close");
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<EmployerCaseView> AddRecordAsync(long id, EmployerRecordForm form, CancellationToken ct)
    {
        // One transaction: the vacancy's analysis refreshes its hard-to-fill flag, which must not outlive a refused record.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var c = await LoadAsync(id, ct);
        var d = form.ToDetails();
        string? evidence = null;
        if (d.VacancyId is { } vacancyId)
        {
            var v = await db.Vacancies.FirstOrDefaultAsync(x => x.Id == vacancyId && x.EmployerId == c.EmployerId, ct)
                ?? throw new DomainRuleException("该岗位不是本单位的岗位", nameof(form.VacancyId));
            evidence = await analysis.VacancyAsync(v, ct);
        }
        else if (d.Kind == EmployerGuidanceKind.HrAdvice)
        {
            evidence = await analysis.WorkforceAsync(await db.Employers.FirstAsync(e => e.Id == c.EmployerId, ct), ct);
        }
        var counselor = user.StaffMemberId ?? c.CounselorId;
        var record = new EmployerGuidanceRecord(c, counselor, d, evidence, user.UserId ?? "", time.GetUtcNow());
        db.EmployerGuidanceRecords.Add(record);
        audit.Changed(db, AuditAction.Create, "EmployerGuidanceRecord", Key(id), c.ServiceUnitId, d.Kind.ToString());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<EmployerCaseView> CorrectRecordAsync(long id, long recordId, EmployerRecordForm form, int? version, CancellationToken ct)
    {
        var c = await LoadAsync(id, ct);
        var record = await db.EmployerGuidanceRecords.FirstOrDefaultAsync(r => r.Id == recordId && r.EmployerCaseId == c.Id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrent(db, record, version);
        record.Correct(form.ToDetails(), time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, "EmployerGuidanceRecord", Key(recordId), c.ServiceUnitId, "correct");
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<EmployerCaseView> GetAsync(long id, CancellationToken ct)
    {
        var c = await Scope().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        audit.Read(AuditAction.View, EntityType, Key(id), c.ServiceUnitId, "case,records");
        return await ViewAsync(c, await RecordsAsync(db.EmployerGuidanceRecords.Where(r => r.EmployerCaseId == id), ct), ct);
    }

    public async Task<List<EmployerCaseListItem>> ListAsync(EmployerCaseStatus? status, long? employerId, CancellationToken ct)
    {
        var q = Scope().AsNoTracking();
        if (status is { } s)
            q = q.Where(c => c.Status == s);
        if (employerId is { } e)
            q = q.Where(c => c.EmployerId == e);
        return await q.OrderByDescending(c => c.OpenedAt).Take(200).Select(c => new EmployerCaseListItem(c.Id, c.EmployerId,
            db.Employers.Where(x => x.Id == c.EmployerId).Select(x => x.Name).First(), c.Status, c.OpenedAt,
            db.EmployerGuidanceRecords.Count(r => r.EmployerCaseId == c.Id),
            db.StaffMembers.Where(m => m.Id == c.CounselorId).Select(m => m.Name).FirstOrDefault() ?? "")).ToListAsync(ct);
    }

    /// <summary>The portal: every record addressed to the signed-in employer (6.2.5: online as well as offline).</summary>
    public async Task<List<EmployerRecordView>> ForEmployerAsync(CancellationToken ct)
    {
        if (user.EmployerId is not { } self || !user.IsInRole(Roles.Employer))
            return [];
        audit.Read(AuditAction.View, "EmployerGuidanceRecord", null, null, "portal: own records");
        return await RecordsAsync(db.EmployerGuidanceRecords.Where(r => r.EmployerId == self), ct);
    }

    private IQueryable<EmployerCase> Scope()
    {
        if (!user.CanReadClients)
            return db.EmployerCases.Where(_ => false);
        return user.IsCityLevel ? db.EmployerCases : db.EmployerCases.Where(c => c.ServiceUnitId == user.ServiceUnitId);
    }

    private async Task<EmployerCase> LoadAsync(long id, CancellationToken ct) =>
        await Scope().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();

    private async Task<List<EmployerRecordView>> RecordsAsync(IQueryable<EmployerGuidanceRecord> q, CancellationToken ct)
    {
        var rows = await q.AsNoTracking().OrderByDescending(r => r.OccurredAt).Select(r => new
        {
            Record = r,
            Vacancy = db.Vacancies.Where(v => v.Id == r.VacancyId).Select(v => v.Title).FirstOrDefault(),
            Counselor = db.StaffMembers.Where(m => m.Id == r.CounselorId).Select(m => m.Name).FirstOrDefault(),
        }).ToListAsync(ct);
        return [.. rows.Select(x => x.Record).Zip(rows, (r, x) => new EmployerRecordView(r.Id, r.Kind, EmployerGuidanceLabels.Of(r.Kind),
            r.VacancyId, x.Vacancy, r.OccurredAt, r.Channel, [.. ServiceItemSets.Split(r.ServiceItems)], r.Content, r.Advice,
            [.. Enum.GetValues<RecruitmentServices>().Where(s => s != RecruitmentServices.None && r.RecommendedServices.HasFlag(s))],
            r.Evidence, r.Outcome, r.AgreedChanges, x.Counselor ?? "", r.Version))];
    }

    private async Task<EmployerCaseView> ViewAsync(EmployerCase c, List<EmployerRecordView> records, CancellationToken ct)
    {
        var e = await db.Employers.AsNoTracking().Where(x => x.Id == c.EmployerId).Select(x => new { x.Name, x.DistrictCode }).FirstAsync(ct);
        var counselor = await db.StaffMembers.AsNoTracking().Where(m => m.Id == c.CounselorId).Select(m => m.Name).FirstOrDefaultAsync(ct) ?? "";
        return new EmployerCaseView(c.Id, c.ServiceUnitId, c.EmployerId, e.Name, divisions.FindDistrict(e.DistrictCode)?.Name, c.CounselorId,
            counselor, c.Status, c.Situation, c.Needs, c.OpenedAt, c.ClosedAt, c.ClosingNote, records, c.Version);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
