using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>
/// A training provider: its details, qualifications (with renewals), the history of management and safety checks and
/// its courses. Guidance staff read it; managers, heads and the admin keep it. A provider is retired, never deleted.
/// </summary>
public sealed class ProviderModel(TrainingQueries training, ProviderHandlers providers, CurrentUser user, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public ProviderRequest Input { get; set; } = new();

    [BindProperty]
    public QualificationRequest Qualification { get; set; } = new();

    [BindProperty]
    public CheckRequest Check { get; set; } = new();

    [BindProperty]
    public RetireRequest Retire { get; set; } = new();

    public ProviderView? Provider { get; private set; }

    public PageError? Error { get; private set; }

    public bool CanManage => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Admin);

    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null && !CanManage)
            return Forbid();
        if (!await LoadAsync(ct))
            return NotFound();
        FillInput();
        Check.CheckedOn = Today;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(nameof(Input), typeof(ProviderRequest), async () =>
    {
        if (Id is { } id)
            await providers.UpdateAsync(id, Input, ct);
        else
            Id = await providers.CreateAsync(Input, ct);
        return "培训机构信息已保存";
    }, ct);

    public Task<IActionResult> OnPostQualificationAsync(CancellationToken ct) =>
        SubmitAsync(nameof(Qualification), typeof(QualificationRequest), async () =>
        {
            await providers.AddQualificationAsync(Id ?? 0, Qualification, ct);
            return Qualification.ReplacesLine is null ? "已添加资质" : "已替换资质，原资质保留在记录中";
        }, ct);

    public Task<IActionResult> OnPostCheckAsync(CancellationToken ct) => SubmitAsync(nameof(Check), typeof(CheckRequest), async () =>
    {
        await providers.RecordCheckAsync(Id ?? 0, Check, ct);
        return "已登记检查结果";
    }, ct);

    public Task<IActionResult> OnPostRetireAsync(CancellationToken ct) => SubmitAsync(nameof(Retire), typeof(RetireRequest), async () =>
    {
        await providers.RetireAsync(Id ?? 0, Retire, ct);
        return "培训机构已停用";
    }, ct);

    /// <summary>Runs the one form posted (the page has four); on a refusal the page is shown again with the user's input.</summary>
    private async Task<IActionResult> SubmitAsync(string prefix, Type formType, Func<Task<string>> save, CancellationToken ct)
    {
        if (!CanManage)
            return Forbid();
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, formType, async () =>
        {
            TempData["Message"] = l[await save()].Value;
            return Redirect($"/Training/Provider?id={Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        if (!await LoadAsync(ct))
            return NotFound();
        if (prefix != nameof(Input))
            FillInput();
        Check.CheckedOn ??= Today;
        return Page();
    }

    private void FillInput()
    {
        if (Provider is not { } p)
            return;
        Input = new ProviderRequest
        {
            Name = p.Name, CreditCode = p.CreditCode, DistrictCode = p.DistrictCode, Address = p.Address, ContactPerson = p.ContactPerson,
            Phone = p.Phone, Email = p.Email, Scope = p.Scope, Version = p.Version,
        };
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Id is not { } id)
            return true;
        try
        {
            Provider = await training.ProviderAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
