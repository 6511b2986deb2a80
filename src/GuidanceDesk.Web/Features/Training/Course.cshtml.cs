using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>Adds or edits a course of a provider (occupation, level, subsidy, dates, fee, seats).</summary>
[Authorize(Policy = Policies.TrainingManage)]
public sealed class CourseModel(TrainingQueries training, CourseHandlers courses, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? ProviderId { get; set; }

    [BindProperty]
    public CourseRequest Input { get; set; } = new();

    public List<SelectListItem> Providers { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var c = await training.CourseAsync(id, ct);
            Input = new CourseRequest
            {
                ProviderId = c.ProviderId, Title = c.Title, OccupationCode = c.OccupationCode, Level = c.Level, SubsidyEligible = c.SubsidyEligible,
                SubsidyNote = c.SubsidyNote, StartsOn = c.StartsOn, EndsOn = c.EndsOn, Hours = c.Hours, Fee = c.Fee, Seats = c.Seats,
                Delivery = c.Delivery, Status = c.Status, Description = c.Description, Version = c.Version,
            };
        }
        else
        {
            Input.ProviderId = ProviderId;
            Input.StartsOn = clock.Today.AddDays(14);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(CourseRequest), async () =>
        {
            if (Id is { } id)
                await courses.UpdateAsync(id, Input, ct);
            else
                await courses.CreateAsync(Input, ct);
            TempData["Message"] = l["课程已保存"].Value;
            return Redirect($"/Training/Provider?id={Input.ProviderId}#courses");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var active = await training.ActiveProvidersAsync(ct);
        Providers = [.. active.Select(p => new SelectListItem(p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        // A course of a provider retired since still shows whose it is.
        if (Input.ProviderId is { } pid && !active.Any(p => p.Id == pid))
        {
            var view = await training.ProviderAsync(pid, ct);
            Providers.Insert(0, new SelectListItem(view.Name, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
