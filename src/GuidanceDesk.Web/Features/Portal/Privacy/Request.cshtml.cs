using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Privacy;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 提出更正或删除请求, in two short steps that need no script on a phone: first what (a field to correct, something else,
/// or deletion), then the one input that choice needs. The same form and rules as <c>POST /api/v1/portal/privacy-requests</c>.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class PrivacyRequestModel(RequestHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    public static readonly CorrectionField[] Fields =
        [CorrectionField.Name, CorrectionField.Phone, CorrectionField.IdNumber, CorrectionField.ResidenceAddress,
         CorrectionField.Education, CorrectionField.EmploymentStatus, CorrectionField.Other];

    [BindProperty(SupportsGet = true)] public DataRequestKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public CorrectionField? Field { get; set; }
    [BindProperty] public DataRequestForm Input { get; set; } = new();

    [BindNever] public PageError? Error { get; private set; }

    /// <summary>The second step: a kind (and, for a correction, a field) has been chosen.</summary>
    public bool Chosen => Kind == DataRequestKind.Deletion || (Kind == DataRequestKind.Correction && Field is not null);

    public void OnGet()
    {
        Input.Kind = Kind;
        Input.Field = Field;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The first step's choice travels in the form; the page shows the same step again if the input is refused.
        Kind = Input.Kind;
        Field = Input.Field;
        if (Input.Kind == DataRequestKind.Deletion)
            Input.Field = null;
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(DataRequestForm), async () =>
        {
            await handlers.FileAsync(Input, ct);
            TempData["Message"] = l["请求已提交，我们将在15个工作日内答复"].Value;
            return Redirect("/Portal/Privacy#requests");
        });
        Error = outcome.Error;
        return outcome.Done ?? Page();
    }
}
