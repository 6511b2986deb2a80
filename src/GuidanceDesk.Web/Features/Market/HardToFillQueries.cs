using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Market;

public sealed record HardToFillItem(long VacancyId, string Title, long EmployerId, string EmployerName, string? OccupationCode,
    string? OccupationName, string DistrictCode, string? DistrictName, HardToFillReasons Reasons, IReadOnlyList<HardToFillFinding> Findings,
    DateTimeOffset FlaggedAt, DateTimeOffset CheckedAt);

/// <summary>The active hard-to-fill flags a staff member may see (their unit's, or all at city level), newest first.</summary>
public sealed class HardToFillQueries(AppDbContext db, CurrentUser user, OccupationCatalog occupations, DivisionCatalog divisions)
{
    public const int Limit = 500;

    /// <summary>Vacancies in reach: staff their unit's (city level all), an employer its own.</summary>
    public IQueryable<Vacancy> Vacancies()
    {
        var q = db.Vacancies;
        if (user.IsInRole(Roles.Employer))
            return user.EmployerId is { } self ? q.Where(v => v.EmployerId == self) : q.Where(_ => false);
        if (!user.IsStaff)
            return q.Where(_ => false);
        return user.IsCityLevel ? q : q.Where(v => v.ServiceUnitId == user.ServiceUnitId);
    }

    public async Task<List<HardToFillItem>> ListAsync(CancellationToken ct, long? employerId = null)
    {
        var flags = db.HardToFillFlags.AsNoTracking().Where(f => f.ClearedAt == null);
        if (!user.IsCityLevel)
            flags = flags.Where(f => f.ServiceUnitId == user.ServiceUnitId);
        if (employerId is { } e)
            flags = flags.Where(f => f.EmployerId == e);
        var rows = await flags.OrderByDescending(f => f.FlaggedAt).Take(Limit)
            .Join(db.Vacancies, f => f.VacancyId, v => v.Id, (f, v) => new { Flag = f, v.Title, v.OccupationCode, v.DistrictCode })
            .Join(db.Employers, x => x.Flag.EmployerId, e => e.Id, (x, e) => new { x.Flag, x.Title, x.OccupationCode, x.DistrictCode, e.Name })
            .ToListAsync(ct);
        return [.. rows.Select(r => new HardToFillItem(r.Flag.VacancyId, r.Title, r.Flag.EmployerId, r.Name, r.OccupationCode,
            r.OccupationCode is null ? null : occupations.Find(r.OccupationCode)?.Name, r.DistrictCode, divisions.FindDistrict(r.DistrictCode)?.Name,
            r.Flag.Reasons, r.Flag.Findings, r.Flag.FlaggedAt, r.Flag.CheckedAt))];
    }
}
