using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>Limits of training guidance (section <c>Training</c>).</summary>
public sealed class TrainingOptions
{
    public const string SectionName = "Training";

    /// <summary>A passed management or safety check counts for this many months; an older one must be repeated.</summary>
    public int CheckValidMonths { get; set; } = TrainingProvider.DefaultCheckValidMonths;

    /// <summary>A qualification ending within this many days is flagged, so that the renewal is asked for in time.</summary>
    public int ExpiryWarningDays { get; set; } = 30;

    public bool IsValid => CheckValidMonths is >= 1 and <= 60 && ExpiryWarningDays is >= 1 and <= 365;
}

/// <summary>The 7.1.5 rule applied today, with the configured limits: what the lists, pages and the recommendation use.</summary>
public sealed class TrainingStanding(AgencyClock clock, IOptions<TrainingOptions> options)
{
    public DateOnly Today => clock.Today;

    public int WarnDays => options.Value.ExpiryWarningDays;

    /// <summary>The last day of validity that is flagged: today + the warning period.</summary>
    public DateOnly FlagUntil => Today.AddDays(WarnDays);

    public IReadOnlyList<RecommendationBar> Of(TrainingProvider p) => p.CanBeRecommended(Today, options.Value.CheckValidMonths);

    public IReadOnlyList<RecommendationBar> Of(TrainingProvider p, TrainingCourse c) => [.. Of(p), .. c.CanBeRecommended(Today)];

    public QualificationAlert Alert(TrainingProvider p) => p.Alert(Today, WarnDays);

    public static IReadOnlyList<BarView> Views(IEnumerable<RecommendationBar> bars) =>
        [.. bars.Select(b => new BarView(b, RecommendationBars.Describe(b)))];
}
