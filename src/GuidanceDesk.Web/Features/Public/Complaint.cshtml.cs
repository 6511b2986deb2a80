using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Features.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.PublicService;

/// <summary>
/// 网上投诉 (9.1.1): anyone files a complaint without signing in (antiforgery as every form, a small body, a few
/// submissions per address) and gets the tracking number at once, on the page that follows.
/// </summary>
[ResponseCache(Duration = 0, NoStore = true)]
[RequestSizeLimit(ComplaintsApi.MaxBodyBytes)]
[EnableRateLimiting(QualitySetup.IntakeLimit)]
public sealed class ComplaintModel(ComplaintIntake intake, DisclosureHandlers disclosures, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public PublicComplaintRequest Input { get; set; } = new();

    /// <summary>
    /// Set after filing and carried over the redirect as "number;due date;1|0" — one string, because TempData turns a
    /// lone date-like string into a DateTime on the way back.
    /// </summary>
    [TempData] public string? Receipt { get; set; }

    public string? Tracking => Part(0);

    public string? DueOn => Part(1);

    public bool CanLookUp => Part(2) == "1";

    public IReadOnlyList<PublicUnit> Units { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Units = await disclosures.PublicAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Channel = null;
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(PublicComplaintRequest), async () =>
        {
            var receipt = await intake.FromPublicAsync(Input, ct);
            Receipt = string.Join(';', receipt.TrackingNumber, Fmt.Date(receipt.DueOn), receipt.CanLookUp ? "1" : "0");
            return RedirectToPage();
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        Units = await disclosures.PublicAsync(ct);
        return Page();
    }

    private string? Part(int i) => Receipt?.Split(';') is { Length: 3 } parts ? parts[i] : null;
}
