namespace GuidanceDesk.Web.Domain;

/// <summary>The vocational skill levels of the national system, and 专项职业能力 (a single-skill certificate).</summary>
public enum SkillLevel
{
    SeniorTechnician = 1, // 一级/高级技师
    Technician = 2,       // 二级/技师
    Senior = 3,           // 三级/高级工
    Intermediate = 4,     // 四级/中级工
    Junior = 5,           // 五级/初级工
    SpecialAbility = 9,   // 专项职业能力
}

/// <summary>Enrolment state set by staff; a course whose end date has passed counts as ended whatever this says.</summary>
public enum CourseStatus
{
    Enrolling = 1, // 招生中
    Full = 2,      // 已满员
    Cancelled = 3, // 已取消
}

public sealed record CourseDetails(string Title, string OccupationCode, SkillLevel Level, bool SubsidyEligible, string? SubsidyNote,
    DateOnly StartsOn, DateOnly EndsOn, int Hours, decimal Fee, int Seats, Channel Delivery, CourseStatus Status, string? Description);

/// <summary>职业培训 (7.1.5, 5.1d): a course a provider runs, for an occupation of the 2022 classification and a skill level.</summary>
public sealed class TrainingCourse : IVersioned
{
    public const int MaxTitle = 100;
    public const int MaxHours = 2000;

    private TrainingCourse() { }

    public TrainingCourse(long providerId, CourseDetails details, DateTimeOffset now)
    {
        ProviderId = providerId;
        CreatedAt = now;
        Update(details);
    }

    public long Id { get; private set; }
    public long ProviderId { get; private set; }
    public string Title { get; private set; } = "";
    public string OccupationCode { get; private set; } = "";
    public SkillLevel Level { get; private set; }
    /// <summary>Whether attending can earn a vocational-training subsidy (职业培训补贴), with who qualifies and how.</summary>
    public bool SubsidyEligible { get; private set; }
    public string? SubsidyNote { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int Hours { get; private set; }
    /// <summary>Tuition in yuan (0 = free).</summary>
    public decimal Fee { get; private set; }
    public int Seats { get; private set; }
    public Channel Delivery { get; private set; }
    public CourseStatus Status { get; private set; }
    public string? Description { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Update(CourseDetails d)
    {
        if (string.IsNullOrWhiteSpace(d.Title))
            throw new DomainRuleException("请填写课程名称", nameof(Title));
        if (string.IsNullOrWhiteSpace(d.OccupationCode))
            throw new DomainRuleException("请选择课程对应的职业", nameof(OccupationCode));
        if (!Enum.IsDefined(d.Level))
            throw new DomainRuleException("请选择技能等级", nameof(Level));
        if (d.EndsOn < d.StartsOn)
            throw new DomainRuleException("结束日期不能早于开始日期", nameof(EndsOn));
        if (d.Hours is < 1 or > MaxHours)
            throw new DomainRuleException("课时应在1至2000之间", nameof(Hours));
        if (d.Fee < 0)
            throw new DomainRuleException("费用不能为负数", nameof(Fee));
        if (d.Seats < 1)
            throw new DomainRuleException("招生人数至少为1", nameof(Seats));
        Title = d.Title.Trim();
        OccupationCode = d.OccupationCode.Trim();
        Level = d.Level;
        SubsidyEligible = d.SubsidyEligible;
        SubsidyNote = d.SubsidyEligible && !string.IsNullOrWhiteSpace(d.SubsidyNote) ? d.SubsidyNote.Trim() : null;
        StartsOn = d.StartsOn;
        EndsOn = d.EndsOn;
        Hours = d.Hours;
        Fee = d.Fee;
        Seats = d.Seats;
        Delivery = d.Delivery;
        Status = d.Status;
        Description = string.IsNullOrWhiteSpace(d.Description) ? null : d.Description.Trim();
    }

    /// <summary>Why this course, apart from its provider, cannot be recommended today (empty: it can).</summary>
    public IReadOnlyList<RecommendationBar> CanBeRecommended(DateOnly today)
    {
        var bars = new List<RecommendationBar>();
        if (Status == CourseStatus.Cancelled)
            bars.Add(RecommendationBar.CourseCancelled);
        else if (EndsOn < today)
            bars.Add(RecommendationBar.CourseEnded);
        else if (Status == CourseStatus.Full)
            bars.Add(RecommendationBar.CourseFull);
        return bars;
    }
}
