using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>Placements within the caller's reach (<see cref="PlacementAccess"/>): one in full, or a page of them.</summary>
public sealed class PlacementQueries(AppDbContext db, PlacementAccess access, AgencyClock clock, MatchNames names)
{
    public async Task<PlacementView> GetAsync(long id, CancellationToken ct)
    {
        var p = await access.Scope(db.Placements).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var w = await db.Workers.Where(x => x.Id == p.WorkerId).Select(x => new { x.Name, x.DateOfBirth, x.Education }).FirstAsync(ct);
        var v = await db.Vacancies.Where(x => x.Id == p.VacancyId)
            .Select(x => new { x.Title, x.OccupationCode, x.DistrictCode, x.PayMin, x.PayMax, x.Status }).FirstAsync(ct);
        var employer = await db.Employers.Where(e => e.Id == p.EmployerId).Select(e => e.Name).FirstAsync(ct);
        var counselor = p.CounselorId is { } cid ? await db.StaffMembers.Where(s => s.Id == cid).Select(s => s.Name).FirstOrDefaultAsync(ct) : null;
        var stage = p.CaseId is { } caseId ? await db.GuidanceCases.Where(c => c.Id == caseId).Select(c => (CaseStage?)c.Stage).FirstOrDefaultAsync(ct) : null;
        access.Read(p, "details");
        return new PlacementView(p.Id, p.ServiceUnitId, p.WorkerId, w.Name, Worker.AgeAt(w.DateOfBirth, clock.Today), w.Education,
            p.VacancyId, v.Title, v.OccupationCode, names.District(v.DistrictCode), v.PayMin, v.PayMax, v.Status,
            p.EmployerId, employer, p.CaseId, stage, p.CounselorId, counselor, p.Score, p.MaxScore, p.Components, p.Channel, p.IsManual, p.Note,
            p.Status, PlacementNames.Of(p.Status), p.ReferredAt, p.InterviewedOn, p.RejectionReason, p.StartsOn, p.MonthlyPay, p.Steps,
            p.CreatedAt, p.Version);
    }

    public async Task<PagedResult<PlacementRow>> SearchAsync(PlacementQuery q, CancellationToken ct)
    {
        var page = new PageRequest(q.Page, q.PageSize);
        var query = access.Scope(db.Placements).AsNoTracking();
        if (q.Status is { } s)
            query = query.Where(p => p.Status == s);
        if (q.WorkerId is { } w)
            query = query.Where(p => p.WorkerId == w);
        if (q.VacancyId is { } v)
            query = query.Where(p => p.VacancyId == v);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(p => new
            {
                p.Id, p.WorkerId, Worker = db.Workers.Where(x => x.Id == p.WorkerId).Select(x => x.Name).First(),
                p.VacancyId, Title = db.Vacancies.Where(x => x.Id == p.VacancyId).Select(x => x.Title).First(),
                Employer = db.Employers.Where(x => x.Id == p.EmployerId).Select(x => x.Name).First(),
                p.Score, p.IsManual, p.Status, p.CreatedAt, p.UpdatedAt,
            }).ToListAsync(ct);
        var items = rows.Select(r => new PlacementRow(r.Id, r.WorkerId, r.Worker, r.VacancyId, r.Title, r.Employer, r.Score, r.IsManual,
            r.Status, PlacementNames.Of(r.Status), r.CreatedAt, r.UpdatedAt)).ToList();
        return new PagedResult<PlacementRow>(items, page.SafePage, page.SafePageSize, total);
    }
}
