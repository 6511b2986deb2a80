using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// 记录政策咨询 (5.1a): the documents explained to the worker of a case become a guidance record of the case. Reached
/// from a document (<c>?ids=</c>) or from a case (<c>?caseId=</c>); the other is chosen here.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class ConsultModel(ConsultationHandlers consultations, PolicyQueries policies, CaseList cases, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? CaseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<long> Ids { get; set; } = [];

    [BindProperty]
    public ConsultationRequest Input { get; set; } = new();

    public IReadOnlyList<PolicyChoice> Documents { get; private set; } = [];

    public IReadOnlyList<CaseRow> OpenCases { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.DocumentIds = [.. Ids];
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (CaseId is null)
            ModelState.AddModelError(nameof(CaseId), l["请选择个案"]);
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(ConsultationRequest), async () =>
        {
            await consultations.RecordAsync(CaseId!.Value, Input, ct);
            TempData["Message"] = l["已记录政策咨询，并记入个案的服务记录"].Value;
            return Redirect($"/Cases/Details/{CaseId}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Documents = await policies.ChoicesAsync(false, ct);
        // The documents chosen first, so that the counselor sees what they came with.
        Documents = [.. Documents.OrderBy(d => Input.DocumentIds.Contains(d.Id) ? 0 : 1)];
        OpenCases = (await cases.SearchAsync(new CaseQuery(Open: true, PageSize: 200), ct)).Items;
    }
}
