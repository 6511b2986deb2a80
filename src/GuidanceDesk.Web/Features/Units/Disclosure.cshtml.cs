using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>
/// 编辑服务公示 (9.1.1): the admin edits the agency's text (unit empty) or any unit's; a head their own unit's. Each save
/// is a new revision, dated, shown on the public page.
/// </summary>
public sealed class DisclosureModel(DisclosureHandlers disclosures, UnitHandlers units, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty] public DisclosureRequest Input { get; set; } = new();

    public DisclosureView Current { get; private set; } = null!;

    public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (UnitId is null && !user.IsInRole(Roles.Admin) && !user.IsCityLevel)
            UnitId = user.ServiceUnitId;
        if (!disclosures.CanEdit(UnitId))
            return Forbid();
        await LoadAsync(ct);
        Input = DisclosureRequest.From(Current.Content, Current.Inherited ? null : Current.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!disclosures.CanEdit(UnitId))
            return Forbid();
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(DisclosureRequest), async () =>
        {
            await disclosures.SaveAsync(UnitId, Input, ct);
            TempData["Message"] = l["服务公示已更新"].Value;
            return Redirect(UnitId is { } u ? $"/Units/Disclosure?UnitId={u}" : "/Units/Disclosure");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await disclosures.ForAsync(UnitId, ct);
        Units = [.. (await units.ListAsync(ct)).Where(u => disclosures.CanEdit(u.Id)).Select(u => (u.Id, u.Name))];
    }
}
