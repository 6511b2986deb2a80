using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary>
/// A staff member's profile, certificates and training with the computed 4.6.1 / 4.6.2 result. Roles that manage
/// staff add and remove certificates and training records; every change carries the version the user saw.
/// </summary>
public sealed class DetailsModel(StaffHandlers handlers, IAuthorizationService authorization, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public StaffView Member { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public PageError? Error { get; private set; }

    public DateOnly Today => clock.Today;

    [BindProperty]
    public CertificateForm Certificate { get; set; } = new();

    [BindProperty]
    public TrainingForm Training { get; set; } = new();

    [BindProperty]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Training.Date = clock.Today;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAddCertificateAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, nameof(Certificate), typeof(CertificateForm), () => handlers.AddCertificateAsync(id, Certificate, Version, ct), "已添加证书", ct);

    public Task<IActionResult> OnPostAddTrainingAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, nameof(Training), typeof(TrainingForm), () => handlers.AddTrainingAsync(id, Training, Version, ct), "已添加培训记录", ct);

    public Task<IActionResult> OnPostRemoveCertificateAsync(long id, int line, CancellationToken ct) =>
        RemoveAsync(id, () => handlers.RemoveCertificateAsync(id, line, Version, ct), "已删除证书");

    public Task<IActionResult> OnPostRemoveTrainingAsync(long id, int line, CancellationToken ct) =>
        RemoveAsync(id, () => handlers.RemoveTrainingAsync(id, line, Version, ct), "已删除培训记录");

    private async Task<IActionResult> ChangeAsync(long id, string form, Type formType, Func<Task<StaffView>> change, string done, CancellationToken ct)
    {
        if (!await MayManageAsync())
            return Forbid();
        // Both add-forms are bound on every post; only the one submitted counts.
        if (form == nameof(Certificate))
            FormRows.Forget(ModelState, nameof(Training), typeof(TrainingForm));
        else
            FormRows.Forget(ModelState, nameof(Certificate), typeof(CertificateForm));
        var outcome = await FormSubmission.RunAsync(this, l, form, formType, async () =>
        {
            await change();
            TempData["Message"] = l[done].Value;
            return RedirectToPage(new { id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> RemoveAsync(long id, Func<Task<StaffView>> remove, string done)
    {
        if (!await MayManageAsync())
            return Forbid();
        try
        {
            await remove();
            TempData["Message"] = l[done].Value;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            TempData["Error"] = PageErrors.Apply(e, ModelState, l, "", typeof(object)).Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Member = await handlers.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        CanManage = await MayManageAsync();
        return true;
    }

    private async Task<bool> MayManageAsync() => (await authorization.AuthorizeAsync(User, Policies.ManageStaff)).Succeeded;
}
