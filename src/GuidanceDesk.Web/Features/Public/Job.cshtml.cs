using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Vacancies;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PublicJobs;

/// <summary>One open vacancy for anyone (4.2d), and where to apply: the service unit that published it, never a person.</summary>
public sealed class JobModel(AppDbContext db, OccupationCatalog occupations, DivisionCatalog divisions) : PageModel
{
    public PublicJobView Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        // Plain joins on the keys: a multi-column FirstOrDefault() in the projection was translated as a join to a
        // ROW_NUMBER() over every employer and every unit (≈ 280 ms a page on the city's 100,000 employers).
        var row = await (
            from x in db.Vacancies.AsNoTracking()
            where x.Id == id && x.Status == VacancyStatus.Open
            join e in db.Employers on x.EmployerId equals e.Id
            join u in db.ServiceUnits on x.ServiceUnitId equals u.Id
            select new { V = x, Employer = new { e.Name, e.IndustryCode, e.Size }, Unit = new { u.Name, u.Address, u.Phone } })
            .FirstOrDefaultAsync(ct);
        if (row is null)
            return NotFound();
        var v = row.V;
        Job = new PublicJobView(v.Id, v.Title, row.Employer.Name, Industries.NameOf(row.Employer.IndustryCode),
            v.OccupationCode, v.OccupationCode is null ? v.OccupationNote : occupations.Find(v.OccupationCode)?.Name,
            divisions.FindDistrict(v.DistrictCode)?.Name, v.TownshipCode is null ? null : divisions.FindTownship(v.TownshipCode)?.Name,
            v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears, v.AgeMin, v.AgeMax, v.Skills, v.WorkingHours, v.ContractType,
            v.Benefits, v.Description, v.OpenPosts, v.ClosesOn, row.Unit.Name, row.Unit.Address, row.Unit.Phone);
        return Page();
    }
}

public sealed record PublicJobView(long Id, string Title, string EmployerName, string? Industry, string? OccupationCode,
    string? OccupationName, string? District, string? Township, int PayMin, int PayMax, Education MinEducation, int MinExperienceYears,
    int? AgeMin, int? AgeMax, IReadOnlyList<string> Skills, string? WorkingHours, ContractType ContractType, string? Benefits,
    string? Description, int OpenPosts, DateOnly ClosesOn, string UnitName, string? UnitAddress, string? UnitPhone);
