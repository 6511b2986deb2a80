using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>
/// The day's queue at the desk: employment-assistance targets first (7.1.11), then by time; arrival, no-show and
/// cancellation are recorded here, and each registration form can be printed (7.2.2a).
/// </summary>
public sealed class IndexModel(AppointmentQueries queries, AppointmentHandlers handlers, CurrentUser user, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    /// <summary>Null: the whole unit (managers); a counselor starts on their own.</summary>
    [BindProperty(SupportsGet = true)]
    public long? CounselorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<AppointmentView> Queue { get; private set; } = [];

    public DateOnly Day => Date ?? clock.Today;

    /// <summary>A no-show can be recorded only once the time has passed.</summary>
    public DateTimeOffset Now => clock.Now;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (CounselorId is null && !All && user.IsInRole(Roles.Counselor))
            CounselorId = user.StaffMemberId;
        Queue = await queries.ListAsync(new AppointmentQuery(Day, CounselorId, PageSize: 200), ct);
    }

    public Task<IActionResult> OnPostArrivedAsync(long id, CancellationToken ct) => RunAsync(() => handlers.MarkArrivedAsync(id, ct), "已登记到访");

    public Task<IActionResult> OnPostNoShowAsync(long id, CancellationToken ct) => RunAsync(() => handlers.MarkNoShowAsync(id, ct), "已记为爽约");

    public Task<IActionResult> OnPostCancelAsync(long id, string? reason, CancellationToken ct) =>
        RunAsync(() => handlers.CancelAsync(id, reason ?? "", null, ct), "已取消预约");

    private async Task<IActionResult> RunAsync(Func<Task<AppointmentView>> change, string done)
    {
        try
        {
            await change();
            TempData["Message"] = l[done].Value;
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            TempData["Error"] = PageErrors.Apply(e, ModelState, l, "", typeof(object)).Message;
        }
        return Redirect(Request.Headers.Referer.FirstOrDefault() is { } back && back.Contains("/Appointments", StringComparison.Ordinal)
            ? back : "/Appointments");
    }
}
