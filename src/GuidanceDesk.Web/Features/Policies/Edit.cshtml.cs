using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// Registering a document, and later its catalogue entry and content. A draft's content is corrected in place; once
/// published, a change of content is a new version with a note (the earlier one stays readable). Keepers only.
/// </summary>
public sealed class EditModel(PolicyQueries policies, PolicyHandlers handlers, PolicyAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public PolicyDocumentRequest Input { get; set; } = new();

    [BindProperty]
    public PolicyCatalogRequest Catalog { get; set; } = new();

    [BindProperty]
    public PolicyContentRequest Draft { get; set; } = new();

    [BindProperty]
    public PolicyVersionRequest NewVersion { get; set; } = new();

    public PolicyDocumentView? Document { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!access.IsKeeper)
            return Forbid();
        if (!await LoadAsync(ct))
            return NotFound();
        Fill();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(nameof(Input), typeof(PolicyDocumentRequest), async () =>
    {
        Id = await handlers.CreateAsync(Input, ct);
        return "文件已登记为草稿，核对无误后请发布";
    }, ct);

    public Task<IActionResult> OnPostCatalogAsync(CancellationToken ct) => SubmitAsync(nameof(Catalog), typeof(PolicyCatalogRequest), async () =>
    {
        await handlers.UpdateCatalogAsync(Id ?? 0, Catalog, ct);
        return "文件信息已保存";
    }, ct);

    public Task<IActionResult> OnPostDraftAsync(CancellationToken ct) => SubmitAsync(nameof(Draft), typeof(PolicyContentRequest), async () =>
    {
        await handlers.CorrectDraftAsync(Id ?? 0, Draft, ct);
        return "草稿内容已保存";
    }, ct);

    public Task<IActionResult> OnPostVersionAsync(CancellationToken ct) => SubmitAsync(nameof(NewVersion), typeof(PolicyVersionRequest), async () =>
    {
        await handlers.AddVersionAsync(Id ?? 0, NewVersion, ct);
        return "已登记新版本，原版本保留在版本记录中";
    }, ct);

    /// <summary>Runs the one form posted; on a refusal the page is shown again with the user's input.</summary>
    private async Task<IActionResult> SubmitAsync(string prefix, Type formType, Func<Task<string>> save, CancellationToken ct)
    {
        if (!access.IsKeeper)
            return Forbid();
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, formType, async () =>
        {
            TempData["Message"] = l[await save()].Value;
            return Redirect($"/Policies/Details/{Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        if (!await LoadAsync(ct))
            return NotFound();
        // The forms not posted show the document as it is; the posted one keeps what the user typed.
        Fill(keep: prefix);
        return Page();
    }

    private void Fill(string? keep = null)
    {
        if (Document is not { } d)
            return;
        if (keep != nameof(Catalog))
        {
            Catalog = new PolicyCatalogRequest
            {
                Kind = d.Kind, Title = d.Title, Issuer = d.Issuer, Tags = [.. d.Tags], ServiceUnitId = d.ServiceUnitId, ReviewDue = d.ReviewDue,
                Version = d.Version,
            };
        }
        if (keep != nameof(Draft))
            Draft = Content<PolicyContentRequest>(d);
        if (keep != nameof(NewVersion))
            NewVersion = Content<PolicyVersionRequest>(d);
    }

    private static T Content<T>(PolicyDocumentView d) where T : PolicyContentRequest, new() => new()
    {
        DocumentNumber = d.DocumentNumber, EffectiveFrom = d.EffectiveFrom, ExpiresOn = d.ExpiresOn, Summary = d.Summary, FullText = d.FullText,
        Link = d.Link, Version = d.Version,
    };

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Units = [.. (await policies.UnitChoicesAsync(ct)).Select(u => new SelectListItem(u.Name, Fmt.Id(u.Id)))];
        if (Id is not { } id)
            return true;
        try
        {
            Document = await policies.GetAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
