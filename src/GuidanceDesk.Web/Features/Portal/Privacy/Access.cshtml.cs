using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Privacy;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>谁查看了我的信息 (PIPL art. 44): the staff reads and changes of the worker's record, by role and unit, newest first.</summary>
[Authorize(Roles = Roles.Worker)]
public sealed class PrivacyAccessModel(AccessLog log) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    [BindNever] public PagedResult<PortalAccessEntry> Result { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct) => Result = await log.MineAsync(P, PageSize, ct);

    public string Link(int page) => Query.Link("/Portal/Privacy/Access", ("p", page > 1 ? Fmt.Id(page) : null));
}
