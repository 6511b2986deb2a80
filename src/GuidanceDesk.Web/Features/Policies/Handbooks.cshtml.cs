using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>政策读本 (7.1.1): the handbooks, whether they are published and when they were last updated; keepers start new ones.</summary>
public sealed class HandbooksModel(HandbookQueries handbooks, HandbookHandlers handlers, PolicyAccess access, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty]
    public HandbookRequest Input { get; set; } = new();

    public IReadOnlyList<HandbookListItem> Handbooks { get; private set; } = [];

    public bool CanManage => access.IsKeeper;

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Handbooks = await handbooks.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage)
            return Forbid();
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(HandbookRequest), async () =>
        {
            var id = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["读本已创建，请添加各节内容"].Value;
            return Redirect($"/Policies/Handbook?id={id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await OnGetAsync(ct);
        return Page();
    }
}
