namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 指导项目 (4.6.1a, 4.4b): a programme a manager designs for a target group — needs analysis, objectives with measurable
/// indicators, a schedule of group sessions, individual guidance, assessments and training, responsible staff, budget
/// notes — then runs (cases and assessment plans are linked to it while it is Active) and ends with the manager's
/// evaluation (考核评估), which freezes each indicator's achieved value. Draft → Active → Completed / Cancelled.
/// </summary>
public sealed partial class GuidanceProject : IVersioned, IUnitOwned
{
    public const int MaxTitle = 100;
    public const int MaxText = 4000;
    public const int MaxIndicators = 12;
    public const int MaxScheduleItems = 60;
    public const int MaxMembers = 20;

    /// <summary>China keeps UTC+8 all year: a project day runs from 00:00 to 24:00 Beijing time.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private List<ProjectIndicator> _indicators = [];
    private List<ScheduleItem> _schedule = [];
    private List<long> _memberStaffIds = [];

    private GuidanceProject() { }

    public GuidanceProject(long serviceUnitId, ProjectDesign design, Actor by, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        Status = ProjectStatus.Draft;
        CreatedAt = now;
        CreatedByUserId = by.UserId;
        CreatedByName = by.Name;
        Apply(design);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public string Title { get; private set; } = "";
    public string? NeedsAnalysis { get; private set; }
    /// <summary>The target group in words (e.g. 渝中区2026届未就业高校毕业生).</summary>
    public string? TargetGroup { get; private set; }
    public TargetCriteria Criteria { get; private set; } = TargetCriteria.None;
    public string? Objectives { get; private set; }
    public IReadOnlyList<ProjectIndicator> Indicators => _indicators;
    public IReadOnlyList<ScheduleItem> Schedule => _schedule;
    /// <summary>The manager who leads the project.</summary>
    public long? LeadStaffId { get; private set; }
    public IReadOnlyList<long> MemberStaffIds => _memberStaffIds;
    public string? BudgetNotes { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    /// <summary>The period as instants (00:00 of the first day to 24:00 of the last, Beijing time): services count inside it.</summary>
    public DateTimeOffset CountsFrom { get; private set; }
    public DateTimeOffset CountsUntil { get; private set; }
    public ProjectStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? CancelReason { get; private set; }
    public ProjectEvaluation? Evaluation { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Only a running project takes cases and assessments (and lets them go).</summary>
    public bool AcceptsLinks => Status == ProjectStatus.Active;

    public bool IsEditable => Status is ProjectStatus.Draft or ProjectStatus.Active;

    public void EnsureAcceptsLinks()
    {
        if (!AcceptsLinks)
            throw new DomainRuleException(Status == ProjectStatus.Draft ? "项目尚未启动，启动后才能关联个案和测评" : "项目已结束，不能再调整关联", nameof(Status));
    }

    /// <summary>Revises the design; a running project may still be adjusted (schedule done, a member added), an ended one not.</summary>
    public void Revise(ProjectDesign design)
    {
        if (!IsEditable)
            throw new DomainRuleException("项目已结束，不能再修改", nameof(Status));
        Apply(design);
        if (Status == ProjectStatus.Active)
            EnsureReadyToRun();
    }

    /// <summary>Starts the project: it needs objectives and at least one indicator to be measured against.</summary>
    public void Activate(DateTimeOffset now)
    {
        if (Status != ProjectStatus.Draft)
            throw new DomainRuleException("只有设计中的项目可以启动", nameof(Status));
        EnsureReadyToRun();
        Status = ProjectStatus.Active;
        ActivatedAt = now;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (!IsEditable)
            throw new DomainRuleException("项目已结束，不能取消", nameof(Status));
        CancelReason = string.IsNullOrWhiteSpace(reason) ? throw new DomainRuleException("请说明取消原因", "reason") : reason.Trim();
        Status = ProjectStatus.Cancelled;
        ClosedAt = now;
    }

    private void EnsureReadyToRun()
    {
        if (_indicators.Count == 0)
            throw new DomainRuleException("请至少设置一项考核指标后再启动项目", nameof(Indicators));
        if (string.IsNullOrWhiteSpace(Objectives))
            throw new DomainRuleException("请填写项目目标后再启动项目", nameof(Objectives));
        if (LeadStaffId is null)
            throw new DomainRuleException("请指定项目负责人后再启动项目", nameof(LeadStaffId));
    }

    private void Apply(ProjectDesign d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (string.IsNullOrWhiteSpace(d.Title))
            throw new DomainRuleException("请填写项目名称", nameof(Title));
        if (d.PeriodEnd < d.PeriodStart)
            throw new DomainRuleException("结束日期不能早于开始日期", nameof(PeriodEnd));
        if (d.Indicators.Count > MaxIndicators)
            throw new DomainRuleException("考核指标不超过 12 项", nameof(Indicators));
        if (d.Schedule.Count > MaxScheduleItems)
            throw new DomainRuleException("日程安排不超过 60 项", nameof(Schedule));
        if (d.MemberStaffIds.Count > MaxMembers)
            throw new DomainRuleException("项目成员不超过 20 人", nameof(MemberStaffIds));
        var indicators = d.Indicators.Select((t, i) => IndicatorFrom(t, i + 1)).ToList();
        var schedule = d.Schedule.Select((t, i) => ScheduleFrom(t, i + 1, d.PeriodStart, d.PeriodEnd)).ToList();
        Title = d.Title.Trim();
        NeedsAnalysis = Blank(d.NeedsAnalysis);
        TargetGroup = Blank(d.TargetGroup);
        Criteria = d.Criteria with { DistrictCode = Blank(d.Criteria.DistrictCode) };
        Objectives = Blank(d.Objectives);
        _indicators = indicators;
        _schedule = schedule;
        LeadStaffId = d.LeadStaffId;
        _memberStaffIds = [.. d.MemberStaffIds.Distinct().Where(m => m != d.LeadStaffId)];
        BudgetNotes = Blank(d.BudgetNotes);
        PeriodStart = d.PeriodStart;
        PeriodEnd = d.PeriodEnd;
        CountsFrom = new DateTimeOffset(d.PeriodStart.ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime();
        CountsUntil = new DateTimeOffset(d.PeriodEnd.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime();
    }

    private static ProjectIndicator IndicatorFrom(IndicatorTerms t, int line)
    {
        var field = $"{nameof(Indicators)}[{line - 1}]";
        if (!Enum.IsDefined(t.Kind))
            throw new DomainRuleException("请选择指标类别", field + ".Kind");
        if (t.Target <= 0)
            throw new DomainRuleException("目标值须大于 0", field + ".Target");
        if (t.Kind == IndicatorKind.Satisfaction && t.Target > 100)
            throw new DomainRuleException("满意度目标为 0–100 分", field + ".Target");
        if (t.Kind == IndicatorKind.Custom && (string.IsNullOrWhiteSpace(t.Name) || string.IsNullOrWhiteSpace(t.Unit)))
            throw new DomainRuleException("自定义指标须填写名称和单位", field + ".Name");
        var (name, unit) = IndicatorDefaults.Of(t.Kind);
        return new ProjectIndicator(line, t.Kind, Blank(t.Name) ?? name, t.Target, Blank(t.Unit) ?? unit);
    }

    private static ScheduleItem ScheduleFrom(ScheduleTerms t, int line, DateOnly start, DateOnly end)
    {
        var field = $"{nameof(Schedule)}[{line - 1}]";
        if (!Enum.IsDefined(t.Kind))
            throw new DomainRuleException("请选择日程类别", field + ".Kind");
        if (string.IsNullOrWhiteSpace(t.Title))
            throw new DomainRuleException("请填写日程内容", field + ".Title");
        if (t.PlannedOn < start || t.PlannedOn > end)
            throw new DomainRuleException("日程日期须在项目期间内", field + ".PlannedOn");
        return new ScheduleItem(line, t.Kind, t.Title.Trim(), t.PlannedOn, Enum.IsDefined(t.Status) ? t.Status : ScheduleStatus.Planned, Blank(t.Note));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The name and unit an indicator gets when the manager leaves them empty.</summary>
public static class IndicatorDefaults
{
    public static (string Name, string Unit) Of(IndicatorKind kind) => kind switch
    {
        IndicatorKind.PeopleReached => ("服务人数", "人"),
        IndicatorKind.ServicesGiven => ("服务人次", "人次"),
        IndicatorKind.EmploymentOutcomes => ("实现就业人数", "人"),
        IndicatorKind.Satisfaction => ("服务满意度", "分"),
        _ => ("", ""),
    };
}
