using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>
/// The registry as guidance staff read it: providers with their standing today (7.1.5), and courses. The rule itself is
/// the entity's; filters that only it can answer (recommendable) run after the database's, over a bounded list — the
/// registry of a city is hundreds of providers, not millions.
/// </summary>
public sealed class TrainingQueries(AppDbContext db, TrainingStanding standing, OccupationCatalog occupations, DivisionCatalog divisions)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<ProviderListItem>> ProvidersAsync(ProviderFilter f, CancellationToken ct)
    {
        var q = db.TrainingProviders.AsNoTracking();
        if (!f.IncludeRetired)
            q = q.Where(p => !p.IsRetired);
        if (!string.IsNullOrWhiteSpace(f.District))
            q = q.Where(p => p.DistrictCode == f.District.Trim());
        if (!string.IsNullOrWhiteSpace(f.Occupation))
        {
            var code = f.Occupation.Trim();
            q = q.Where(p => db.TrainingCourses.Any(c => c.ProviderId == p.Id && c.Status != CourseStatus.Cancelled && c.OccupationCode.StartsWith(code)));
        }
        if (f.Alert)
            q = Flagged(q);
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var text = f.Q.Trim();
            var code = text.ToUpperInvariant();
            q = q.Where(p => p.Name.Contains(text) || p.CreditCode == code);
        }
        var rows = await q.OrderBy(p => p.IsRetired).ThenBy(p => p.DistrictCode).ThenBy(p => p.Name).Take(MaxRows).ToListAsync(ct);
        var ids = rows.Select(p => p.Id).ToList();
        var today = standing.Today;
        var courses = await db.TrainingCourses.Where(c => ids.Contains(c.ProviderId) && c.EndsOn >= today && c.Status != CourseStatus.Cancelled)
            .GroupBy(c => c.ProviderId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var items = rows.Select(p =>
        {
            var bars = standing.Of(p);
            return new ProviderListItem(p.Id, p.Name, p.CreditCode, p.DistrictCode, DistrictName(p.DistrictCode), p.Phone, p.IsRetired,
                p.QualifiedUntil, standing.Alert(p), bars.Count == 0, TrainingStanding.Views(bars), courses.GetValueOrDefault(p.Id), p.Version);
        });
        return [.. f.Recommendable is { } wanted ? items.Where(i => i.Recommendable == wanted) : items];
    }

    public async Task<ProviderView> ProviderAsync(long id, CancellationToken ct)
    {
        var p = await db.TrainingProviders.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var courses = await db.TrainingCourses.AsNoTracking().Where(c => c.ProviderId == id).OrderByDescending(c => c.StartsOn).Take(MaxRows)
            .ToListAsync(ct);
        var bars = standing.Of(p);
        var today = standing.Today;
        return new ProviderView(p.Id, p.Name, p.CreditCode, p.DistrictCode, DistrictName(p.DistrictCode), p.Address, p.ContactPerson, p.Phone,
            p.Email, p.Scope, p.IsRetired, p.RetiredAt, p.RetiredReason, p.QualifiedUntil, standing.Alert(p), bars.Count == 0,
            TrainingStanding.Views(bars),
            [.. p.Qualifications.OrderBy(q => q.IsCurrent ? 0 : 1).ThenBy(q => q.Kind).ThenByDescending(q => q.Line)
                .Select(q => new QualificationView(q.Line, q.Kind, q.Number, q.Issuer, q.ValidFrom, q.ValidTo, q.ReplacedOn, q.IsCurrent, q.IsValidOn(today)))],
            [.. p.Checks.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Line)],
            [.. courses.Select(c => Course(c, p))], p.Version);
    }

    public async Task<IReadOnlyList<CourseView>> CoursesAsync(CourseFilter f, CancellationToken ct)
    {
        var q = db.TrainingCourses.AsNoTracking();
        if (f.ProviderId is { } providerId)
            q = q.Where(c => c.ProviderId == providerId);
        if (!string.IsNullOrWhiteSpace(f.Occupation))
        {
            var code = f.Occupation.Trim();
            q = q.Where(c => c.OccupationCode.StartsWith(code));
        }
        if (f.Level is { } level)
            q = q.Where(c => c.Level == level);
        if (f.Subsidy is { } subsidy)
            q = q.Where(c => c.SubsidyEligible == subsidy);
        if (f.StartingAfter is { } after)
            q = q.Where(c => c.StartsOn >= after);
        if (!f.IncludeEnded)
        {
            var today = standing.Today;
            q = q.Where(c => c.EndsOn >= today);
        }
        var rows = await q.OrderBy(c => c.StartsOn).ThenBy(c => c.Title).Take(MaxRows).ToListAsync(ct);
        var providerIds = rows.Select(c => c.ProviderId).Distinct().ToList();
        var providers = await db.TrainingProviders.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var items = rows.Select(c => Course(c, providers[c.ProviderId]));
        return [.. f.Recommendable is { } wanted ? items.Where(i => i.Recommendable == wanted) : items];
    }

    public async Task<CourseView> CourseAsync(long id, CancellationToken ct)
    {
        var c = await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return Course(c, await db.TrainingProviders.AsNoTracking().FirstAsync(p => p.Id == c.ProviderId, ct));
    }

    /// <summary>Providers flagged for their qualifications (expired, or ending within the warning period), not retired.</summary>
    public Task<int> CountFlaggedAsync(CancellationToken ct) => Flagged(db.TrainingProviders.Where(p => !p.IsRetired)).CountAsync(ct);

    /// <summary>The providers a course may be attached to: active ones, by name.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> ActiveProvidersAsync(CancellationToken ct) =>
        [.. (await db.TrainingProviders.AsNoTracking().Where(p => !p.IsRetired).OrderBy(p => p.Name).Take(MaxRows)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name))];

    private IQueryable<TrainingProvider> Flagged(IQueryable<TrainingProvider> q)
    {
        var until = standing.FlagUntil;
        return q.Where(p => p.QualifiedUntil != null && p.QualifiedUntil <= until);
    }

    private CourseView Course(TrainingCourse c, TrainingProvider p)
    {
        var bars = standing.Of(p, c);
        return new CourseView(c.Id, c.ProviderId, p.Name, c.Title, c.OccupationCode, occupations.Find(c.OccupationCode)?.Name, c.Level,
            c.SubsidyEligible, c.SubsidyNote, c.StartsOn, c.EndsOn, c.Hours, c.Fee, c.Seats, c.Delivery, c.Status, c.Description,
            bars.Count == 0, TrainingStanding.Views(bars), c.Version);
    }

    private string DistrictName(string code) => divisions.FindDistrict(code)?.Name ?? code;
}
