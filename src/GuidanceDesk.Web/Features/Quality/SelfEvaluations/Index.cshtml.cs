using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Quality.SelfEvaluations;

/// <summary>自查考评 (9.2.2): the unit's self-inspections, newest first; the head convenes a new one for a period.</summary>
public sealed class IndexModel(AppDbContext db, SelfEvaluationHandlers handlers, QualityScope scope, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public SelfEvaluationForm Form { get; set; } = new();

    public IReadOnlyList<SelfEvaluationListItem> Items { get; private set; } = [];
    public IReadOnlyDictionary<long, string> UnitNames { get; private set; } = new Dictionary<long, string>();
    public bool CanConvene => scope.IsHead;
    public bool CityLevel => scope.IsCityLevel;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var year = clock.Today.Month <= 3 ? clock.Today.Year - 1 : clock.Today.Year;
        Form.From ??= new DateOnly(year, 1, 1);
        Form.To ??= clock.Today.Month <= 3 ? new DateOnly(year, 12, 31) : clock.Today;
        Form.Title ??= l["{0}年度职业指导服务自查考评", year].Value;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Form), typeof(SelfEvaluationForm), async () =>
        {
            var id = await handlers.ConveneAsync(Form, ct);
            TempData["Message"] = l["自查考评已发起，符合性报告已生成"].Value;
            return Redirect($"/Quality/SelfEvaluations/Details/{id}");
        });
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await ConformanceApi.ListAsync(handlers.Visible(), ct);
        UnitNames = await db.ServiceUnits.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }
}
