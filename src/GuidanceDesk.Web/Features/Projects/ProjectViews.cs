using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Projects;

public sealed record StaffName(long Id, string Name);

public sealed record CriteriaView(string? DistrictCode, IReadOnlyList<SpecialGroups> Groups, int? GraduationYear, int? MinUnemployedMonths)
{
    public static CriteriaView Of(TargetCriteria c) => new(c.DistrictCode,
        [.. Enum.GetValues<SpecialGroups>().Where(g => g != SpecialGroups.None && c.Groups.HasFlag(g))], c.GraduationYear, c.MinUnemployedMonths);
}

/// <summary>A guidance project as designed, with its state and (once completed) its evaluation. Version = ETag.</summary>
public sealed record ProjectView(long Id, long ServiceUnitId, string UnitName, string Title, string? NeedsAnalysis, string? TargetGroup,
    CriteriaView Criteria, string? Objectives, IReadOnlyList<ProjectIndicator> Indicators, IReadOnlyList<ScheduleItem> Schedule,
    StaffName? Lead, IReadOnlyList<StaffName> Members, string? BudgetNotes, DateOnly PeriodStart, DateOnly PeriodEnd,
    ProjectStatus Status, DateTimeOffset CreatedAt, string CreatedByName, DateTimeOffset? ActivatedAt, DateTimeOffset? ClosedAt,
    string? CancelReason, ProjectEvaluation? Evaluation, int Version);

/// <summary>Live progress (frozen indicator values once evaluated).</summary>
public sealed record ProgressView(long ProjectId, ProjectStatus Status, int PeopleReached, int ServicesGiven,
    IReadOnlyList<SourceCount> ServicesBySource, int EmploymentOutcomes, decimal? Satisfaction, string? SatisfactionNote,
    int LinkedCases, int LinkedAssessmentPlans, IReadOnlyList<IndicatorProgress> Indicators)
{
    public static ProgressView Of(GuidanceProject p, ProgressFigures f) => new(p.Id, p.Status, f.PeopleReached, f.ServicesGiven,
        f.ServicesBySource, f.EmploymentOutcomes, f.Satisfaction, f.Satisfaction is null ? ProjectProgress.SatisfactionPending : null,
        f.LinkedCases, f.LinkedAssessmentPlans, ProjectProgress.Indicators(p, f));

    /// <summary>
    /// Satisfaction as shown: the surveys' figure once they exist; for an evaluated project, the value the manager recorded
    /// at evaluation (from feedback forms) when the system had none.
    /// </summary>
    public decimal? SatisfactionShown => Satisfaction ?? Indicators.FirstOrDefault(i => i.Kind == IndicatorKind.Satisfaction && i.Frozen)?.Actual;

    /// <summary>The list's single bar: the mean completion of the indicators that have a figure, each capped at 100 %.</summary>
    public decimal? Overall
    {
        get
        {
            var shares = Indicators.Where(i => i.Percent is not null).Select(i => Math.Min(i.Percent!.Value, 100m)).ToList();
            return shares.Count == 0 ? null : Math.Round(shares.Average(), 1);
        }
    }
}

public sealed record ProjectListItem(long Id, string Title, string UnitName, ProjectStatus Status, DateOnly PeriodStart, DateOnly PeriodEnd,
    string? LeadName, ProgressView Progress);

/// <summary>A case linked to the project, as far as the viewer may see it.</summary>
public sealed record LinkedCaseRow(long CaseId, long WorkerId, string WorkerName, CaseStage Stage, string? CounselorName,
    OutcomeKind? Outcome, bool CanUnlink);

public sealed record LinkedPlanRow(long PlanId, long WorkerId, string WorkerName, string Purpose, AssessmentPlanStatus Status,
    DateOnly PlannedOn, bool CanUnlink);

/// <summary>A case the viewer may link, with why it is suggested (which target criteria the worker meets).</summary>
public sealed record CandidateCase(long CaseId, string WorkerName, CaseStage Stage, string? CounselorName, IReadOnlyList<string> Reasons);

public sealed record ProjectListQuery(ProjectStatus? Status = null, string? Q = null, int Page = 1, int PageSize = 20);
