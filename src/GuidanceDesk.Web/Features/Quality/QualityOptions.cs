namespace GuidanceDesk.Web.Features.Quality;

/// <summary>Limits of supervision and improvement (section <c>Quality</c>), in working days of the agency's calendar.</summary>
public sealed class QualityOptions
{
    public const string SectionName = "Quality";

    /// <summary>A complaint is answered within this many working days of receipt (or of reopening).</summary>
    public int ComplaintReplyWorkingDays { get; set; } = 5;

    /// <summary>An overdue corrective action goes to the head this many working days after its due date (the owner is told at once).</summary>
    public int ActionHeadAfterWorkingDays { get; set; } = 3;

    /// <summary>Complaints one address may file through the public form and API per ten minutes (abuse guard).</summary>
    public int PublicComplaintsPerTenMinutes { get; set; } = 20;

    /// <summary>Tracking-number lookups (and feedback) one address may make per ten minutes: guessing the 4 digits is slow.</summary>
    public int PublicLookupsPerTenMinutes { get; set; } = 30;

    public bool IsValid => ComplaintReplyWorkingDays is >= 1 and <= 30 && ActionHeadAfterWorkingDays is >= 0 and <= 30
        && PublicComplaintsPerTenMinutes >= 1 && PublicLookupsPerTenMinutes >= 1;
}
