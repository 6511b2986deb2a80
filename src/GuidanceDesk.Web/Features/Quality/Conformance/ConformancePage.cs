using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>What the report pages share: the unit and period from the query string, and the unit picker for city-level staff.</summary>
public abstract class ConformancePage(AppDbContext db, QualityScope scope, AgencyClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public bool CityLevel => scope.IsCityLevel;
    public bool IsHead => scope.IsHead;
    public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];
    public ConformancePeriod Period { get; private set; } = null!;
    public long? UnitId { get; private set; }
    public DateOnly Today => clock.Today;

    /// <summary>Resolves unit and period; false (with the field error on the page) when the period is not valid.</summary>
    protected async Task<bool> ResolveAsync(CancellationToken ct)
    {
        UnitId = scope.Resolve(Unit);
        if (CityLevel)
            Units = [.. (await db.ServiceUnits.OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];
        try
        {
            Period = new PeriodQuery { From = From, To = To }.Resolve(clock);
            return true;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(e.Field == "to" ? nameof(To) : nameof(From), e.Message);
            Period = ConformancePeriod.Year(clock.Today.Year);
            return false;
        }
    }

    public string Query(DateOnly from, DateOnly to) => $"unit={UnitId}&from={Fmt.Date(from)}&to={Fmt.Date(to)}";

    public string Query() => Query(Period.From, Period.To);

    public static string LevelClass(ConformanceLevel level) => level switch
    {
        ConformanceLevel.Pass => "ok",
        ConformanceLevel.Warn => "warn",
        ConformanceLevel.Fail => "err",
        _ => "",
    };
}
