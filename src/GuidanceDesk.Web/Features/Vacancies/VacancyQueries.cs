using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>
/// Reading vacancies for staff and employers, within <see cref="CurrentUser.Scope(IQueryable{Vacancy})"/>. A vacancy
/// holds no personal data, so reads are not audited (changes are).
/// </summary>
public sealed class VacancyQueries(AppDbContext db, CurrentUser user, OccupationCatalog occupations, DivisionCatalog divisions)
{
    public async Task<VacancyView> GetAsync(long id, CancellationToken ct)
    {
        var row = await user.Scope(db.Vacancies).AsNoTracking().Where(v => v.Id == id)
            .Select(v => new { V = v, Employer = db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var v = row.V;
        return new VacancyView(v.Id, v.ServiceUnitId, v.EmployerId, row.Employer ?? "", v.Title, v.OccupationCode,
            OccupationName(v.OccupationCode), v.OccupationNote, v.MinorGroup, v.Posts, v.Hired, v.DistrictCode, DistrictName(v.DistrictCode),
            v.TownshipCode, v.TownshipCode is null ? null : divisions.FindTownship(v.TownshipCode)?.Name, v.PayMin, v.PayMax,
            v.MinEducation, v.MinExperienceYears, v.AgeMin, v.AgeMax, v.Skills, v.WorkingHours, v.ContractType, v.Benefits,
            v.Description, v.OpensOn, v.ClosesOn, v.Status, v.Source, v.PublishedAt, v.EndedAt, v.EndReason, v.UpdatedAt, v.Version);
    }

    public async Task<PagedResult<VacancyListItem>> SearchAsync(VacancySearch s, CancellationToken ct)
    {
        var q = user.Scope(db.Vacancies).AsNoTracking();
        if (s.Status is { } status)
            q = q.Where(v => v.Status == status);
        if (s.EmployerId is { } employer)
            q = q.Where(v => v.EmployerId == employer);
        if (s.Mine && user.ServiceUnitId is { } unit)
            q = q.Where(v => v.ServiceUnitId == unit);
        if (!string.IsNullOrWhiteSpace(s.District))
            q = q.Where(v => v.DistrictCode == s.District);
        if (s.PayAtLeast is { } pay)
            q = q.Where(v => v.PayMax >= pay);
        if (!string.IsNullOrWhiteSpace(s.Occupation))
        {
            var code = s.Occupation.Trim();
            q = code.Length switch
            {
                <= 4 => q.Where(v => v.MediumGroup == code || v.OccupationCode!.StartsWith(code)),
                7 => q.Where(v => v.MinorGroup == code),
                _ => q.Where(v => v.OccupationCode == code),
            };
        }
        if (!string.IsNullOrWhiteSpace(s.Q))
        {
            var text = s.Q.Trim();
            q = q.Where(v => v.Title.Contains(text) || db.Employers.Any(e => e.Id == v.EmployerId && e.Name.Contains(text)));
        }
        var page = new PageRequest(s.Page, s.PageSize, null);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(v => v.UpdatedAt).ThenByDescending(v => v.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(v => new
            {
                v.Id, v.Title, Employer = db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).FirstOrDefault(),
                v.OccupationCode, v.Posts, v.Hired, v.DistrictCode, v.PayMin, v.PayMax, v.MinEducation, v.Status, v.ClosesOn, v.PublishedAt,
            }).ToListAsync(ct);
        return new PagedResult<VacancyListItem>([.. rows.Select(v => new VacancyListItem(v.Id, v.Title, v.Employer ?? "", v.OccupationCode,
            OccupationName(v.OccupationCode), v.Posts, v.Hired, v.DistrictCode, DistrictName(v.DistrictCode), v.PayMin, v.PayMax,
            v.MinEducation, v.Status, v.ClosesOn, v.PublishedAt))], page.SafePage, page.SafePageSize, total);
    }

    private string? OccupationName(string? code) => code is null ? null : occupations.Find(code)?.Name;

    private string? DistrictName(string code) => divisions.FindDistrict(code)?.Name;
}
