using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>修改服务单位信息和资质 (4.1a), for the roles that manage units; stale writes are refused, input kept.</summary>
[Authorize(Policy = Policies.ManageUnits)]
public sealed class EditModel(UnitHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public PageError? Error { get; private set; }

    public long Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        try
        {
            Input = UnitPages.FromView(await handlers.GetAsync(id, ct));
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        Id = id;
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(UnitForm), async () =>
        {
            await handlers.UpdateAsync(id, Input, Input.Version, ct);
            TempData["Message"] = l["已保存修改"].Value;
            return RedirectToPage("Details", new { id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return Page();
    }
}
