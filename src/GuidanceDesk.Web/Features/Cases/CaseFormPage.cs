using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>
/// The shape every case form page shares: show the case's header and the form, save through the handler the API uses,
/// go back to the case on success, and on a refusal show the form again with the message next to its field.
/// </summary>
public abstract class CaseFormPage<TForm>(CaseQueries queries, IStringLocalizer<SharedResource> l) : PageModel where TForm : class, new()
{
    [BindProperty]
    public TForm Input { get; set; } = new();

    public CaseView Case { get; private set; } = null!;

    public PageError? Error { get; private set; }

    protected IStringLocalizer L => l;

    /// <summary>The message shown on the case page after saving.</summary>
    protected abstract string Done { get; }

    protected abstract Task SaveAsync(long id, CancellationToken ct);

    /// <summary>Fills the form from the case when the page is first opened.</summary>
    protected virtual Task FillAsync(CaseView c, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Extra data the page shows beside the form (proposals, slots …), loaded on every render.</summary>
    protected virtual Task LoadExtrasAsync(CaseView c, CancellationToken ct) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        await FillAsync(Case, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        BeforeValidation();
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(TForm), async () =>
        {
            await SaveAsync(id, ct);
            TempData["Message"] = l[Done].Value;
            return Redirect($"/Cases/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>A chance to drop blank repeated rows before validation runs.</summary>
    protected virtual void BeforeValidation()
    {
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Case = await queries.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        await LoadExtrasAsync(Case, ct);
        return true;
    }
}
