namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One piece of guidance given to an employer (6.2.1–6.2.4), typed by service items 5.2a–b and channel (6.2.5).
/// <see cref="Evidence"/> keeps the market figures the guidance rested on as they were that day (supply/demand, wage
/// guidance, seekers' profile), so the record still reads right after the market moves. A requirement adjustment
/// (6.2.3) names its vacancy and what the employer agreed to.
/// </summary>
public sealed class EmployerGuidanceRecord : IVersioned, IUnitOwned
{
    private EmployerGuidanceRecord() { }

    public EmployerGuidanceRecord(EmployerCase c, long counselorId, EmployerGuidanceDetails d, string? evidence, string userId, DateTimeOffset now)
    {
        c.EnsureOpen();
        EmployerCaseId = c.Id;
        EmployerId = c.EmployerId;
        ServiceUnitId = c.ServiceUnitId;
        CounselorId = counselorId;
        Kind = d.Kind;
        VacancyId = d.VacancyId;
        Evidence = evidence;
        RecordedByUserId = userId;
        RecordedAt = now;
        Apply(d, now);
    }

    public long Id { get; private set; }
    public long EmployerCaseId { get; private set; }
    public long EmployerId { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long CounselorId { get; private set; }
    public EmployerGuidanceKind Kind { get; private set; }
    public long? VacancyId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Channel Channel { get; private set; }
    public ServiceItems ServiceItems { get; private set; }
    /// <summary>What was discussed and analysed.</summary>
    public string Content { get; private set; } = "";
    /// <summary>The advice or suggestion addressed to the employer (shown in the employer portal).</summary>
    public string Advice { get; private set; } = "";
    public RecruitmentServices RecommendedServices { get; private set; }
    public string? Evidence { get; private set; }
    public AdjustmentOutcome? Outcome { get; private set; }
    public string? AgreedChanges { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Corrects what was recorded; the kind, vacancy and evidence stay as they were.</summary>
    public void Correct(EmployerGuidanceDetails d, DateTimeOffset now) => Apply(d with { Kind = Kind, VacancyId = VacancyId }, now);

    private void Apply(EmployerGuidanceDetails d, DateTimeOffset now)
    {
        if (d.ServiceItems == ServiceItems.None)
            throw new DomainRuleException("请至少选择一项服务内容", nameof(ServiceItems));
        if ((d.ServiceItems & ~ServiceItemSets.ForEmployers) != 0)
            throw new DomainRuleException("用人单位的服务内容应为5.2 a–b 所列项目", nameof(ServiceItems));
        if (d.OccurredAt > now.AddMinutes(5))
            throw new DomainRuleException("服务时间不能晚于现在", nameof(OccurredAt));
        if (string.IsNullOrWhiteSpace(d.Content))
            throw new DomainRuleException("请填写分析和服务内容", nameof(Content));
        if (string.IsNullOrWhiteSpace(d.Advice))
            throw new DomainRuleException("请填写给单位的建议", nameof(Advice));
        if (d.Kind == EmployerGuidanceKind.RecruitmentServices && d.RecommendedServices == RecruitmentServices.None)
            throw new DomainRuleException("请选择推荐的招聘服务或活动", nameof(RecommendedServices));
        if (d.Kind is EmployerGuidanceKind.VacancyAnalysis or EmployerGuidanceKind.RequirementAdjustment && d.VacancyId is null)
            throw new DomainRuleException("请选择分析的岗位", nameof(VacancyId));
        if (d.Kind == EmployerGuidanceKind.RequirementAdjustment && d.Outcome is null)
            throw new DomainRuleException("请记录与单位协商的结果", nameof(Outcome));
        if (d.Outcome is AdjustmentOutcome.Agreed or AdjustmentOutcome.PartlyAgreed && string.IsNullOrWhiteSpace(d.AgreedChanges))
            throw new DomainRuleException("请写明单位同意的调整", nameof(AgreedChanges));
        OccurredAt = d.OccurredAt;
        Channel = d.Channel;
        ServiceItems = d.ServiceItems;
        Content = d.Content.Trim();
        Advice = d.Advice.Trim();
        RecommendedServices = d.RecommendedServices;
        Outcome = d.Kind == EmployerGuidanceKind.RequirementAdjustment ? d.Outcome : null;
        AgreedChanges = string.IsNullOrWhiteSpace(d.AgreedChanges) ? null : d.AgreedChanges.Trim();
        UpdatedAt = now;
    }
}

public sealed record EmployerGuidanceDetails(EmployerGuidanceKind Kind, long? VacancyId, DateTimeOffset OccurredAt, Channel Channel,
    ServiceItems ServiceItems, string Content, string Advice, RecruitmentServices RecommendedServices, AdjustmentOutcome? Outcome,
    string? AgreedChanges);

/// <summary>The steps of 6.2 a record belongs to.</summary>
public enum EmployerGuidanceKind
{
    VacancyAnalysis = 1,       // 6.2.1 岗位及其供求状况分析
    RecruitmentServices = 2,   // 6.2.2 推荐职业介绍服务和其他活动
    RequirementAdjustment = 3, // 6.2.3 调整岗位要求和条件
    HrAdvice = 4,              // 6.2.4 人力资源管理问题分析和建议（7.1.9 用工行为指导）
}

/// <summary>6.2.2: the job-referral services and activities a vacancy can be given.</summary>
[Flags]
public enum RecruitmentServices
{
    None = 0,
    JobFair = 1,            // 现场招聘会 / 专场招聘会
    TargetedReferral = 2,   // 定向推荐（职业介绍）
    OnlinePosting = 4,      // 网络发布 / 线上招聘
    TrainingToHire = 8,     // 以训代招（订单式培训）
    CampusRecruitment = 16, // 校园招聘
    LabourCooperation = 32, // 劳务协作（区县间、东西部）
    Livestream = 64,        // 直播带岗
}

/// <summary>6.2.3: what the employer made of a suggested adjustment.</summary>
public enum AdjustmentOutcome { Agreed = 1, PartlyAgreed = 2, Declined = 3 }
