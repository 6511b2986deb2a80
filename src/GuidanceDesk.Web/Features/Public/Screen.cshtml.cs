using GuidanceDesk.Web.Features.PolicyLibrary;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PublicPolicies;

/// <summary>
/// The hall's screen (7.1.1 电子屏): full screen, no navigation, large type, turning through the published handbook
/// sections and the summaries of the policies in force every few seconds, with the last-updated date and a clock.
/// <c>?handbook=</c> shows one handbook only; <c>?seconds=</c> overrides the configured pace for one screen.
/// </summary>
[ResponseCache(Duration = 0, NoStore = true)]
public sealed class ScreenModel(HandbookQueries handbooks, PolicyCalendar calendar, AgencyClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Handbook { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Seconds { get; set; }

    public ScreenView Screen { get; private set; } = new([], null);

    public int Interval => Seconds is >= 5 and <= 300 ? Seconds.Value : calendar.ScreenSeconds;

    public DateTimeOffset Now => clock.Now;

    public async Task OnGetAsync(CancellationToken ct) => Screen = await handbooks.ScreenAsync(Handbook, ct);

    /// <summary>Long texts get smaller type so that a page fits the screen without scrolling.</summary>
    public static string SizeOf(string body) => body.Length switch
    {
        > 600 => "longest",
        > 320 => "longer",
        > 160 => "long",
        _ => "",
    };
}
