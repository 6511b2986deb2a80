using GuidanceDesk.Web.Features.PolicyLibrary;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PublicPolicies;

/// <summary>A published handbook as the public reads it (made for phones too): the copy of the last publish and its date.</summary>
[ResponseCache(Duration = 0, NoStore = true)]
public sealed class HandbookModel(HandbookQueries handbooks) : PageModel
{
    public PublicHandbookView Handbook { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Handbook = await handbooks.PublicGetAsync(id, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
