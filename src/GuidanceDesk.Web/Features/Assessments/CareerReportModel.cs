using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// Everything the career-tendency analysis report (职业倾向分析报告, 7.1.7) shows, already in Chinese and already
/// formatted: the web page and the PDF draw the same model, so they cannot disagree.
/// </summary>
public sealed record CareerReportModel(
    string UnitName,
    string ReportNumber,
    string GeneratedAt,
    bool Issued,
    string? IssuedOn,
    string? IssuedBy,
    string CounselorName,
    ReportPerson Person,
    IReadOnlyList<ReportInstrument> Instruments,
    ReportInterest? Interest,
    IReadOnlyList<ReportProfile> Profiles,
    string? Evaluation,
    string? NextSteps,
    IReadOnlyList<OccupationSuggestion> Suggestions,
    ReportChange? Change,
    ReportFeedback? Feedback,
    string Caveat,
    IReadOnlyList<string> Attributions);

/// <summary>The worker's basic facts (identifiers masked).</summary>
public sealed record ReportPerson(string Name, string Gender, int? Age, string Education, string District, string EmploymentStatus,
    string SpecialGroups, string MaskedId);

/// <summary>An instrument taken: name and version, how and when, time taken, response warnings in plain words.</summary>
public sealed record ReportInstrument(string Name, string Version, string Administration, string CompletedOn, string Duration,
    IReadOnlyList<string> Warnings, string NormGroup);

/// <summary>One scale as reported: raw score in its range, percentile, level word and what it means.</summary>
public sealed record ReportScale(string Code, string Name, int Raw, int Min, int Max, int Percentile, string Level, string Meaning);

/// <summary>The RIASEC part: six scales in R I A S E C order (for the hexagon), the code and its plain-language explanation.</summary>
public sealed record ReportInterest(string HollandCode, bool Tied, string Consistency, string Differentiation,
    IReadOnlyList<ReportScale> Scales, string Explanation);

/// <summary>A personality, values or ability summary: its top scales, a summary sentence, and the scales to list.</summary>
public sealed record ReportProfile(InstrumentKind Kind, string Title, string Summary, IReadOnlyList<ReportScale> Scales);

/// <summary>Change since the previous report (a re-test): codes and each scale's raw score then and now.</summary>
public sealed record ReportChange(string PreviousNumber, string PreviousIssuedOn, string? PreviousCode, string? CurrentCode,
    IReadOnlyList<ReportChangeRow> Rows);

public sealed record ReportChangeRow(string Name, int Before, int After)
{
    public int Delta => After - Before;
}

public sealed record ReportFeedback(string On, string Channel, string? Comments);
