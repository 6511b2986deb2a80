namespace GuidanceDesk.Web.Domain;

public enum QuarterlySummaryStatus { Draft = 1, Published = 2 }

/// <summary>The five parts of a summary of guidance experience.</summary>
public sealed record SummarySections(string Work, string Outcomes, string Satisfaction, string Problems, string Improvements);

/// <summary>
/// 季度指导工作总结 (9.2.1 "sum up experience regularly"): drafted from the unit's figures for a quarter, completed by
/// the head (problems found, improvements decided) and published. A published summary is final and public.
/// </summary>
public sealed class QuarterlySummary : IVersioned, IUnitOwned
{
    public const int MaxSectionLength = 4000;

    private QuarterlySummary() { }

    public QuarterlySummary(long serviceUnitId, int year, int quarter, SummarySections draft, DateTimeOffset now)
    {
        if (quarter is < 1 or > 4)
            throw new DomainRuleException("季度须为 1 至 4", nameof(Quarter));
        ServiceUnitId = serviceUnitId;
        Year = year;
        Quarter = quarter;
        Sections = draft;
        DraftedAt = now;
        UpdatedAt = now;
        Status = QuarterlySummaryStatus.Draft;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public SummarySections Sections { get; private set; } = null!;
    public DateTimeOffset DraftedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public QuarterlySummaryStatus Status { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedByName { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Edit(SummarySections sections, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (Status == QuarterlySummaryStatus.Published)
            throw new DomainRuleException("总结已发布，不能再修改", nameof(Status));
        foreach (var (field, text) in Parts(sections))
        {
            if (text.Length > MaxSectionLength)
                throw new DomainRuleException($"每部分不超过 {MaxSectionLength} 字", field);
        }
        Sections = sections with
        {
            Work = sections.Work.Trim(), Outcomes = sections.Outcomes.Trim(), Satisfaction = sections.Satisfaction.Trim(),
            Problems = sections.Problems.Trim(), Improvements = sections.Improvements.Trim(),
        };
        UpdatedAt = now;
    }

    /// <summary>Every part must be written: a summary without problems found or improvements decided is not one.</summary>
    public void Publish(Actor head, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (Status == QuarterlySummaryStatus.Published)
            throw new DomainRuleException("总结已发布", nameof(Status));
        foreach (var (field, text) in Parts(Sections))
        {
            if (string.IsNullOrWhiteSpace(text))
                throw new DomainRuleException("发布前须填写总结的每一部分", field);
        }
        Status = QuarterlySummaryStatus.Published;
        PublishedAt = now;
        PublishedByName = head.Name;
    }

    private static IEnumerable<(string Field, string Text)> Parts(SummarySections s) =>
    [
        (nameof(SummarySections.Work), s.Work ?? ""), (nameof(SummarySections.Outcomes), s.Outcomes ?? ""),
        (nameof(SummarySections.Satisfaction), s.Satisfaction ?? ""), (nameof(SummarySections.Problems), s.Problems ?? ""),
        (nameof(SummarySections.Improvements), s.Improvements ?? ""),
    ];
}
