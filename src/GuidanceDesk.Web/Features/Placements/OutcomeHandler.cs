using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// Records what came of a referral, in one transaction: the placement's status, a hire counted on the vacancy
/// (<see cref="Vacancy.RecordHire"/>, which fills it at the last post) and, when the worker agreed, the worker's open
/// case closed as employed through the case's own close path (which also ends its plan and follow-ups and records
/// the worker as employed). An employer may record interview, hire and rejection of the people referred to them.
/// </summary>
public sealed class OutcomeHandler(AppDbContext db, PlacementAccess access, CaseHandlers cases, TimeProvider time)
{
    public async Task RecordAsync(long id, PlacementOutcomeRequest r, CancellationToken ct)
    {
        if (!access.IsEmployer)
            access.EnsureStaff();
        else if (r.CloseCase || r.Outcome is PlacementOutcome.Withdrawn or PlacementOutcome.NoShow)
            throw new DomainRuleException("用人单位只能登记面试、录用或未录用", nameof(r.Outcome));
        var p = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, p, r.Version);
        var now = time.GetUtcNow();
        var by = access.Actor;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        switch (r.Outcome)
        {
            case PlacementOutcome.Interviewed:
                p.RecordInterview(r.InterviewedOn ?? Infrastructure.AgencyClock.DateOf(now), by, now);
                break;
            case PlacementOutcome.Hired:
                p.RecordHire(r.StartsOn!.Value, r.MonthlyPay!.Value, by, now);
                var vacancy = await db.Vacancies.FirstAsync(v => v.Id == p.VacancyId, ct);
                vacancy.RecordHire(now);
                break;
            case PlacementOutcome.Rejected:
                p.Reject(r.Reason ?? "", by, now);
                break;
            case PlacementOutcome.NoShow:
                p.RecordNoShow(by, now);
                break;
            default:
                p.Withdraw(r.Reason ?? "", by, now);
                break;
        }
        access.Audit(p, AuditAction.Update, "outcome:" + r.Outcome);
        await db.SaveChangesAsync(ct);
        if (r.CloseCase)
            await CloseCaseAsync(p, ct);
        await tx.CommitAsync(ct);
    }

    private async Task CloseCaseAsync(Placement p, CancellationToken ct)
    {
        var caseId = await db.GuidanceCases.Where(c => c.WorkerId == p.WorkerId && c.Stage != CaseStage.Closed)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("劳动者没有进行中的个案，无需结案", nameof(PlacementOutcomeRequest.CloseCase));
        var job = await db.Vacancies.Where(v => v.Id == p.VacancyId).Select(v => new { v.OccupationCode, v.Title }).FirstAsync(ct);
        var employer = await db.Employers.Where(e => e.Id == p.EmployerId).Select(e => e.Name).FirstAsync(ct);
        await cases.CloseAsync(caseId, new CloseRequest
        {
            Outcome = OutcomeKind.Employed,
            EmployerName = employer,
            EmployerId = p.EmployerId,
            OccupationCode = job.OccupationCode,
            StartedOn = p.StartsOn,
            MonthlyPay = p.MonthlyPay,
            Note = $"经职业介绍录用：{job.Title}（推荐编号 {p.Id}）",
            Reason = "经职业介绍录用，劳动者同意结案",
        }, ct);
    }
}
