namespace GuidanceDesk.Web.Domain;

public enum ConformanceLevel { Pass = 1, Warn = 2, Fail = 3, NoData = 4 }

/// <summary>One measurable clause's row of the conformance report (9.2.2): the figure, the target, the level and the
/// counts behind it. A signed self-evaluation keeps the rows as they were when it was signed.</summary>
/// <param name="Total">Records the rule looked at (the denominator).</param>
/// <param name="Failing">Of those, the ones that did not meet the clause.</param>
public sealed record ConformanceRow(string Key, string Clause, string Title, string Figure, double? Value, string Target,
    ConformanceLevel Level, int Total, int Failing, string? Note);
