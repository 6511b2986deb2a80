using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>Plans a group session, or edits one that has not started (the materials deadline follows the date).</summary>
public sealed class EditModel(GroupSessionHandlers handlers, GroupSessionQueries queries, Data.AppDbContext db, CurrentUser user, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public GroupSessionRequest Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public IReadOnlyList<SelectListItem> Facilitators { get; private set; } = [];

    /// <summary>The unit's active guidance projects a session may belong to (4.6.1a), and the one it belongs to now.</summary>
    public IReadOnlyList<SelectListItem> Projects { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var s = await queries.GetAsync(id, ct);
            if (!s.Can.Edit)
                return Redirect($"/GroupSessions/Details/{id}");
            var start = AgencyClock.ToLocal(s.StartsAt);
            Input = new GroupSessionRequest
            {
                Topic = s.Topic, ServiceItems = [.. s.ServiceItems], Description = s.Description, Date = DateOnly.FromDateTime(start.DateTime),
                StartTime = TimeOnly.FromDateTime(start.DateTime), EndTime = TimeOnly.FromDateTime(AgencyClock.ToLocal(s.EndsAt).DateTime),
                Channel = s.Channel, Place = s.Place, OnlineLink = s.OnlineLink, Capacity = s.Capacity, FacilitatorStaffId = s.FacilitatorStaffId,
                GuidanceProjectId = s.GuidanceProjectId, Version = s.Version,
            };
        }
        else
        {
            Input = new GroupSessionRequest
            {
                Date = clock.Today.AddDays(14), StartTime = new TimeOnly(14, 30), EndTime = new TimeOnly(16, 0),
                ServiceItems = [ServiceItems.PolicyConsultation], FacilitatorStaffId = user.StaffMemberId,
            };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(GroupSessionRequest), async () =>
        {
            var id = Id;
            if (id is { } existing)
                await handlers.UpdateAsync(existing, Input, ct);
            else
                id = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["活动已保存"].Value;
            return Redirect($"/GroupSessions/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Facilitators = [.. (await queries.FacilitatorsAsync(ct)).Select(f => new SelectListItem(f.Name, Fmt.Id(f.Id)))];
        var unit = user.ServiceUnitId;
        var linked = Input.GuidanceProjectId;
        Projects = [.. (await db.GuidanceProjects.AsNoTracking()
            .Where(p => (p.Status == ProjectStatus.Active && (unit == null || p.ServiceUnitId == unit)) || p.Id == linked)
            .OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
            .Select(p => new SelectListItem(p.Title, Fmt.Id(p.Id)))];
    }
}
