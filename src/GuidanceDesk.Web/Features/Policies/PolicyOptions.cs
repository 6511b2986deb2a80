using GuidanceDesk.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>Limits of the policy library and the hall's screen (section <c>Policies</c>).</summary>
public sealed class PolicyOptions
{
    public const string SectionName = "Policies";

    /// <summary>A document is due for review this many months after it takes effect, is registered or was last reviewed.</summary>
    public int ReviewMonths { get; set; } = 12;

    /// <summary>How long the hall's screen shows each page before turning to the next.</summary>
    public int ScreenSeconds { get; set; } = 15;

    public bool IsValid => ReviewMonths is >= 1 and <= 60 && ScreenSeconds is >= 5 and <= 300;
}

/// <summary>Today in Chongqing and the review dates that follow from it.</summary>
public sealed class PolicyCalendar(AgencyClock clock, IOptions<PolicyOptions> options)
{
    public DateOnly Today => clock.Today;

    public int ReviewMonths => options.Value.ReviewMonths;

    public int ScreenSeconds => options.Value.ScreenSeconds;

    /// <summary>
    /// The review date when none is given: the interval after the document takes effect, or after today when it took
    /// effect earlier — a law of 2008 registered today is reviewed a year from now, not flagged at once.
    /// </summary>
    public DateOnly DefaultReviewDue(DateOnly? effectiveFrom) =>
        (effectiveFrom is { } from && from > Today ? from : Today).AddMonths(ReviewMonths);
}
