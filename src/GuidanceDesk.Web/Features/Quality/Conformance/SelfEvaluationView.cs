using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

public sealed record SelfEvaluationListItem(long Id, long ServiceUnitId, string Title, DateOnly PeriodFrom, DateOnly PeriodTo,
    SelfEvaluationStatus Status, string ConvenedByName, DateTimeOffset ConvenedAt, SelfRating? Rating, DateTimeOffset? SignedAt, int Failing);

public sealed record SelfEvaluationView(long Id, long ServiceUnitId, string UnitName, string Title, DateOnly PeriodFrom, DateOnly PeriodTo,
    SelfEvaluationStatus Status, string ConvenedByName, DateTimeOffset ConvenedAt, IReadOnlyList<ConformanceRow> Rows, DateTimeOffset? RowsComputedAt,
    IReadOnlyList<InspectionItem> Checklist, IReadOnlyList<ManagerAssessment> Assessments, SelfRating? Rating, string? Conclusion,
    string? SignedByName, DateTimeOffset? SignedAt, int Version)
{
    public static SelfEvaluationView Of(SelfEvaluation e, string unitName)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.ServiceUnitId, unitName, e.Title, e.PeriodFrom, e.PeriodTo, e.Status, e.ConvenedByName, e.ConvenedAt,
            e.Rows, e.RowsComputedAt, e.Checklist, [.. e.Assessments.Select(a => a with { UserId = "" })], e.Rating, e.Conclusion,
            e.SignedByName, e.SignedAt, e.Version);
    }
}
