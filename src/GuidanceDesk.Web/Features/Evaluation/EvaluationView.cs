using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Evaluation;

public sealed record EvaluationView(long Id, string EvaluatorName, long? ServiceUnitId, string UnitName, DateOnly PeriodFrom, DateOnly PeriodTo,
    DateOnly AccessUntil, string Purpose, string GrantedByName, DateTimeOffset GrantedAt, ThirdPartyEvaluationStatus Status, bool OpenToday,
    int? SampleSeed, int SamplePopulation, IReadOnlyList<long> SampleCaseIds, DateTimeOffset? SampleDrawnAt,
    IReadOnlyList<EvaluationFinding> Findings, string? Conclusion, DateTimeOffset? CompletedAt, int Version)
{
    public static EvaluationView Of(ThirdPartyEvaluation e, string unitName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.EvaluatorName, e.ServiceUnitId, unitName, e.PeriodFrom, e.PeriodTo, e.AccessUntil, e.Purpose, e.GrantedByName, e.GrantedAt,
            e.Status, e.IsOpenOn(today), e.SampleSeed, e.SamplePopulation, e.SampleCaseIds, e.SampleDrawnAt, e.Findings, e.Conclusion, e.CompletedAt, e.Version);
    }
}
