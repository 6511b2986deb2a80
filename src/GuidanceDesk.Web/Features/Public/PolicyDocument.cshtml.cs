using GuidanceDesk.Web.Features.PolicyLibrary;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PublicPolicies;

/// <summary>One published policy document for anyone: the plain-language summary first, then the full text and files.</summary>
[ResponseCache(Duration = 0, NoStore = true)]
public sealed class PolicyDocumentModel(PolicyQueries policies) : PageModel
{
    public PublicPolicyView Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Document = await policies.PublicGetAsync(id, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
