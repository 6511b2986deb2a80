namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The service items of clause 5: every appointment purpose and every guidance record is typed by them.
/// 5.1 a–e are for workers, 5.2 a–b for employers.
/// </summary>
[Flags]
public enum ServiceItems
{
    None = 0,
    PolicyConsultation = 1,     // 5.1a 政策咨询（法规政策、供求状况、工资指导价位）
    CareerGuidance = 2,         // 5.1b 职业指导（认识职业、择业观念、职业方向、求职方法）
    CareerAssessment = 4,       // 5.1c 职业测评
    TrainingGuidance = 8,       // 5.1d 培训指导
    SpecialGroupGuidance = 16,  // 5.1e 特定群体指导
    EmployerPolicyConsultation = 32, // 5.2a 用人单位政策咨询
    RecruitmentGuidance = 64,   // 5.2b 招聘指导
}

public static class ServiceItemSets
{
    public const ServiceItems ForWorkers = ServiceItems.PolicyConsultation | ServiceItems.CareerGuidance
        | ServiceItems.CareerAssessment | ServiceItems.TrainingGuidance | ServiceItems.SpecialGroupGuidance;

    public const ServiceItems ForEmployers = ServiceItems.EmployerPolicyConsultation | ServiceItems.RecruitmentGuidance;

    public static IEnumerable<ServiceItems> Split(ServiceItems items) =>
        Enum.GetValues<ServiceItems>().Where(i => i != ServiceItems.None && items.HasFlag(i));

    /// <summary>Refuses an empty set or an employer item on a worker's record.</summary>
    public static void EnsureForWorker(ServiceItems items, string field)
    {
        if (items == ServiceItems.None)
            throw new DomainRuleException("请至少选择一项服务内容", field);
        if ((items & ~ForWorkers) != 0)
            throw new DomainRuleException("劳动者的服务内容应为5.1 a–e 所列项目", field);
    }
}
