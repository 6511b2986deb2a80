using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.PolicyLibrary;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PublicPolicies;

/// <summary>
/// 政策查询 (4.2d, 7.1.1): the published handbooks and the laws, policies and industry documents in force, plain-language
/// summaries first, for anyone — the hall's kiosks, the web, phones — without signing in.
/// </summary>
[ResponseCache(Duration = 0, NoStore = true)]
public sealed class PoliciesModel(PolicyQueries policies, HandbookQueries handbooks) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public PolicyKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public PagedResult<PublicPolicyItem> Result { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<HandbookListItem> Handbooks { get; private set; } = [];

    public bool Filtered => Q is not null || Kind is not null || Tag is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await policies.PublicListAsync(new PolicyFilter(Kind, Q: Q, Tag: Tag, Page: P, PageSize: PageSize), ct);
        if (!Filtered && P <= 1)
            Handbooks = await handbooks.PublicListAsync(ct);
    }

    public string Link(int page) => Query.Link("/Public/Policies", ("Q", Q), ("Kind", Kind?.ToString()), ("Tag", Tag),
        ("p", page > 1 ? Fmt.Id(page) : null));
}
