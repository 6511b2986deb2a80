using GuidanceDesk.Web.Features.PolicyLibrary;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PublicPolicies;

/// <summary>The published handbooks (7.1.1), for anyone.</summary>
[ResponseCache(Duration = 0, NoStore = true)]
public sealed class HandbooksModel(HandbookQueries handbooks) : PageModel
{
    public IReadOnlyList<HandbookListItem> Handbooks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Handbooks = await handbooks.PublicListAsync(ct);
}
