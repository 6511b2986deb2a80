using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// 满意度 dashboard (9.2.1): the index of a period with its CI and response rate, latent scores (low drivers marked),
/// the importance–performance matrix, the quarterly trend, groups, comments without names, and the Excel export.
/// A counselor sees only their own aggregate, from 5 responses on.
/// </summary>
[BindProperties(SupportsGet = true)]
public sealed class IndexModel(SatisfactionIndex index, SurveyAccess access, SurveyActions actions, AppDbContext db, AgencyClock clock) : PageModel
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public long? UnitId { get; set; }
    public ServiceKind? Service { get; set; }
    public Channel? Channel { get; set; }
    public IndexGrouping? GroupBy { get; set; }
    /// <summary>配置 / 回归估计 / PLS 估计; the page binds the enum (MVC binding ignores case), the API parses a string.</summary>
    public WeightMethod? Weights { get; set; }

    [BindNever]
    public IndexReport Report { get; private set; } = null!;
    [BindNever]
    public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];
    public bool CityLevel => access.IsCityLevel;
    public bool CounselorOnly => access.IsCounselorOnly;
    public bool CanEnterPaper => access.CanEnterPaper;

    /// <summary>Managers and the head turn a low driver into a corrective action (9.1.3).</summary>
    public bool CanRaise => access.CanRaiseActions;

    [BindNever]
    public ILookup<string, Quality.RaisedAction> Raised { get; private set; } = Array.Empty<Quality.RaisedAction>().ToLookup(a => "");

    public string ExportQuery => Request.QueryString.HasValue ? Request.QueryString.Value! : "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = new IndexQuery(From, To, null, null, UnitId, null, Service, Channel, GroupBy, null, Weights?.ToString());
        Report = await index.ReportAsync(q.ToFilter(clock.Today), ct);
        From = Report.Filter.From;
        To = Report.Filter.To;
        if (CanRaise)
            Raised = await actions.RaisedAsync(Report.Filter.UnitId, Report.Filter.From, Report.Filter.To, ct);
        if (access.IsCityLevel)
            Units = [.. (await db.ServiceUnits.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];
    }

    public bool IsLow(LatentScore l) => SurveyActions.IsLow(Report.Overall, l);

    public string RaiseLink(Latent latent) =>
        $"/Surveys/Raise?Latent={latent}&UnitId={Report.Filter.UnitId}&From={Report.Filter.From:yyyy-MM-dd}&To={Report.Filter.To:yyyy-MM-dd}";
}
