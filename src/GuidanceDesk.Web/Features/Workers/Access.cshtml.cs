using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Privacy;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>
/// 访问记录 (R-4.4d, 4.6.2b): for the head, who read or changed one worker's record and when — including searches and
/// exports that listed the worker and the records about them in other areas — newest first, paged.
/// </summary>
[Authorize(Policy = Policies.AuditLog)]
public sealed class AccessModel(AccessLog log, WorkerQueries workers) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    [BindNever] public long WorkerId { get; private set; }
    [BindNever] public string WorkerName { get; private set; } = "";
    [BindNever] public PagedResult<AccessEntry> Result { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Result = await log.ForWorkerAsync(id, P, PageSize, ct);
            // The page itself names the worker: a read of the record like any other, audited.
            WorkerName = (await workers.GetAsync(id, audited: true, ct)).Name;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        WorkerId = id;
        return Page();
    }

    public string Link(int page) => Query.Link($"/Workers/Access/{Fmt.Id(WorkerId)}", ("p", page > 1 ? Fmt.Id(page) : null));
}
