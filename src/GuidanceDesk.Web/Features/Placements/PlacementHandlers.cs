using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// Making a placement and issuing its referral letter (7.1.4); one transaction and one audit entry each. The score and
/// its reasons are computed again here from the database, never taken from the client.
/// </summary>
public sealed class PlacementHandlers(AppDbContext db, CurrentUser user, PlacementAccess access, TimeProvider time, AgencyClock clock,
    MatchNames names)
{
    public async Task<long> CreateAsync(CreatePlacementRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var worker = await user.Scope(db.Workers).FirstOrDefaultAsync(w => w.Id == r.WorkerId, ct)
            ?? throw new NotFoundException("劳动者不存在或无权查看");
        var vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == r.VacancyId, ct)
            ?? throw new DomainRuleException("岗位不存在", nameof(r.VacancyId));
        if (!vacancy.IsOpen)
            throw new DomainRuleException($"该岗位当前为“{VacancyStatusName(vacancy.Status)}”，不在招聘中，不能推荐", nameof(r.VacancyId));
        if (worker.RefusesRecommendations && !r.IsManual)
            throw new DomainRuleException("劳动者已拒绝自动化推荐（个人信息保护法第二十四条）；如劳动者本人要求，请作为人工推荐登记并说明", nameof(r.IsManual));
        var existing = await db.Placements.Where(p => p.WorkerId == worker.Id && p.VacancyId == vacancy.Id
                && (p.Status == PlacementStatus.Proposed || p.Status == PlacementStatus.Referred || p.Status == PlacementStatus.Interviewed))
            .Select(p => (long?)p.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
            throw new DuplicateException("该劳动者已推荐到此岗位，推荐尚未结束", nameof(r.VacancyId), "Placement", id);
        var caseId = await CaseOfAsync(worker.Id, r.CaseId, ct);
        var match = await MatchAsync(worker, vacancy, ct);
        var now = time.GetUtcNow();
        var placement = new Placement(worker.ServiceUnitId, worker.Id, vacancy, caseId, access.StaffId, match, r.Channel, r.IsManual,
            r.Note, access.Actor, now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Placements.Add(placement);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConflictException("该劳动者已推荐到此岗位，推荐尚未结束", nameof(r.VacancyId));
        }
        access.Audit(placement, AuditAction.Create, r.IsManual ? "created:manual" : "created:score=" + match.Score);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return placement.Id;
    }

    /// <summary>The referral letter is issued: the placement becomes "referred" (printing it again changes nothing).</summary>
    public async Task ReferAsync(long id, int? version, CancellationToken ct)
    {
        access.EnsureStaff();
        var p = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, p, version);
        if (p.Status == PlacementStatus.Proposed)
        {
            var open = await db.Vacancies.Where(v => v.Id == p.VacancyId).Select(v => v.Status).FirstAsync(ct);
            if (open != VacancyStatus.Open)
                throw new DomainRuleException("岗位已不在招聘中，不能出具推荐信", "vacancyId");
        }
        p.Refer(access.Actor, time.GetUtcNow());
        access.Audit(p, AuditAction.Update, "referred");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The worker's best intention against the vacancy; without intentions, only what the registry knows.</summary>
    private async Task<MatchResult> MatchAsync(Worker worker, Vacancy vacancy, CancellationToken ct)
    {
        var intentions = await db.SeekerIntentions.AsNoTracking().Where(s => s.WorkerId == worker.Id).ToListAsync(ct);
        var seekers = intentions.Count > 0 ? intentions.Select(MatchSeeker.From).ToList()
            : [new MatchSeeker(null, worker.ResidenceDistrictCode, null, worker.Education, 0, worker.DateOfBirth)];
        var v = MatchVacancy.From(vacancy);
        return seekers.Select(s => MatchScore.Compute(s, v, clock.Today, names.Group)).Aggregate(MatchResult.Best);
    }

    /// <summary>The case given (it must be the worker's and open), else the worker's open case if there is one.</summary>
    private async Task<long?> CaseOfAsync(long workerId, long? given, CancellationToken ct)
    {
        var open = await db.GuidanceCases.Where(c => c.WorkerId == workerId && c.Stage != CaseStage.Closed)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        if (given is { } g && g != open)
            throw new DomainRuleException("该个案不是此劳动者进行中的个案", nameof(CreatePlacementRequest.CaseId));
        return open;
    }

    public static string VacancyStatusName(VacancyStatus s) => s switch
    {
        VacancyStatus.Draft => "草稿", VacancyStatus.Open => "招聘中", VacancyStatus.Filled => "已招满",
        VacancyStatus.Withdrawn => "已撤回", VacancyStatus.Expired => "已过期", _ => s.ToString(),
    };
}
