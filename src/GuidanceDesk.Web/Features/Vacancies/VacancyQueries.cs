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
public sealed class VacancyQueries(AppDbContext db, CurrentUser user, OccupationCatalog occupations, DivisionCatalog divisions,
    OpenVacancySearch openSearch)
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
        if (s.Status == VacancyStatus.Open)
            return await SearchOpenAsync(s, ct);
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
        var rows = await Rows(q.OrderByDescending(v => v.UpdatedAt).ThenByDescending(v => v.Id).Skip(page.Skip).Take(page.SafePageSize))
            .ToListAsync(ct);
        return new PagedResult<VacancyListItem>([.. rows.Select(Item)], page.SafePage, page.SafePageSize, total);
    }

    /// <summary>
    /// Open vacancies, which every signed-in role may see (an employer only its own): matched in memory by
    /// <see cref="OpenVacancySearch"/>, the page's rows then read fresh by id.
    /// </summary>
    private async Task<PagedResult<VacancyListItem>> SearchOpenAsync(VacancySearch s, CancellationToken ct)
    {
        var page = new PageRequest(s.Page, s.PageSize, null);
        long? employer = user.IsInRole(Roles.Employer) ? user.EmployerId ?? -1 : null;
        if (employer is { } own && s.EmployerId is { } asked && asked != own)
            return new PagedResult<VacancyListItem>([], page.SafePage, page.SafePageSize, 0);
        var filter = new OpenVacancyFilter(Blank(s.Q), Blank(s.Occupation), Blank(s.District), s.PayAtLeast, employer ?? s.EmployerId,
            s.Mine ? user.ServiceUnitId : null);
        var found = await openSearch.SearchAsync(filter, page.Skip, page.SafePageSize, ct);
        var ids = found.Ids.ToList();
        var rows = await Rows(db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id))).ToListAsync(ct);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return new PagedResult<VacancyListItem>([.. rows.OrderBy(r => order[r.Id]).Select(Item)], page.SafePage, page.SafePageSize, found.Total);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The list's columns; names of occupations and districts are added from the catalogues after the read.</summary>
    private IQueryable<ListRow> Rows(IQueryable<Vacancy> q) => q.Select(v => new ListRow(v.Id, v.Title,
        db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).FirstOrDefault(), v.OccupationCode, v.Posts, v.Hired,
        v.DistrictCode, v.PayMin, v.PayMax, v.MinEducation, v.Status, v.ClosesOn, v.PublishedAt));

    private VacancyListItem Item(ListRow v) => new(v.Id, v.Title, v.Employer ?? "", v.OccupationCode, OccupationName(v.OccupationCode),
        v.Posts, v.Hired, v.DistrictCode, DistrictName(v.DistrictCode), v.PayMin, v.PayMax, v.MinEducation, v.Status, v.ClosesOn,
        v.PublishedAt);

    private sealed record ListRow(long Id, string Title, string? Employer, string? OccupationCode, int Posts, int Hired,
        string DistrictCode, int PayMin, int PayMax, Education MinEducation, VacancyStatus Status, DateOnly ClosesOn,
        DateTimeOffset? PublishedAt);

    private string? OccupationName(string? code) => code is null ? null : occupations.Find(code)?.Name;

    private string? DistrictName(string code) => divisions.FindDistrict(code)?.Name;
}
