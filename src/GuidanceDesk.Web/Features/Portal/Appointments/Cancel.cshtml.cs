using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// The reason for cancelling, as a tap on a common answer rather than typing; "其他原因" asks for a few words.
/// The reason is kept in Chinese, as staff read it.
/// </summary>
public sealed class CancelForm : IValidatableObject
{
    public const string OtherChoice = "其他原因";

    public static readonly IReadOnlyList<string> Choices = ["时间冲突，来不了", "已经找到工作", "身体不舒服", OtherChoice];

    public string? Reason { get; set; }

    [StringLength(150, ErrorMessage = "请不要超过150个字")]
    public string? Other { get; set; }

    public int? Version { get; set; }

    public string Text => Reason == OtherChoice || string.IsNullOrWhiteSpace(Reason) ? (Other ?? "").Trim()
        : string.IsNullOrWhiteSpace(Other) ? Reason : $"{Reason}：{Other.Trim()}";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Reason) || !Choices.Contains(Reason))
            yield return new ValidationResult("请选择取消原因", [nameof(Reason)]);
        else if (Reason == OtherChoice && string.IsNullOrWhiteSpace(Other))
            yield return new ValidationResult("请写一下取消的原因", [nameof(Other)]);
    }
}

/// <summary>取消预约: the worker cancels their own booking with a reason (kept on the registration form, 7.2.2a).</summary>
[Authorize(Roles = Roles.Worker)]
public sealed class CancelModel(AppointmentHandlers handlers, AppointmentQueries queries, TimeProvider time,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CancelForm Input { get; set; } = new();

    public AppointmentView Appointment { get; private set; } = null!;

    public bool CanChange { get; private set; }

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input.Version = Appointment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(CancelForm), async () =>
        {
            await handlers.CancelAsync(id, Input.Text, Input.Version, ct);
            TempData["Message"] = l["已取消预约"].Value;
            return RedirectToPage("Index");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Appointment = await queries.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        CanChange = Appointment.Status == AppointmentStatus.Booked && Appointment.StartsAt > time.GetUtcNow();
        return true;
    }
}
