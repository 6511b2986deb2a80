using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>第三方评价 (9.2.3): the evaluator's engagements; the head's grants, with the form to grant a new one.</summary>
public sealed class IndexModel(AppDbContext db, EvaluationAccess access, EvaluationHandlers handlers, UserManager<AppUser> users,
    AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public GrantForm Form { get; set; } = new();

    public IReadOnlyList<EvaluationView> Items { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Evaluators { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];
    public bool CanGrant => access.IsHead;
    public bool CityLevel => access.IsCityLevel;
    public bool IsEvaluator => access.IsEvaluator;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.PeriodFrom ??= new DateOnly(clock.Today.Year - 1, 1, 1);
        Form.PeriodTo ??= new DateOnly(clock.Today.Year - 1, 12, 31);
        Form.AccessUntil ??= clock.Today.AddDays(60);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Form), typeof(GrantForm), async () =>
        {
            var id = await handlers.GrantAsync(Form, ct);
            TempData["Message"] = l["已授权第三方评价机构访问去标识化数据"].Value;
            return Redirect($"/Evaluation/Details/{id}");
        });
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = await access.Visible().AsNoTracking().OrderByDescending(e => e.Id).Take(200).ToListAsync(ct);
        var names = await db.ServiceUnits.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Items = [.. list.Select(e => EvaluationView.Of(e, EvaluationApi.UnitName(names, e.ServiceUnitId), clock.Today))];
        if (CanGrant)
        {
            Evaluators = [.. (await users.GetUsersInRoleAsync(Roles.Evaluator)).OrderBy(u => u.UserName).Select(u => (u.Id, $"{u.DisplayName}（{u.UserName}）"))];
            Units = [.. names.OrderBy(n => n.Value).Select(n => (n.Key, n.Value))];
        }
    }
}
