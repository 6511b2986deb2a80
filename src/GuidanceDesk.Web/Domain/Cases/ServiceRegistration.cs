namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The fields a service of 7.1.10 needs beyond a guidance note. One shape for all kinds, so that the timeline keeps one
/// table; <see cref="Validate"/> says which fields each kind requires.
/// </summary>
public sealed record ServiceRegistration(
    string? EmployerName = null, string? EmployerCreditCode = null, string? OccupationCode = null,
    DateOnly? EffectiveOn = null, EmploymentForm? EmploymentForm = null, bool? ContractSigned = null,
    DateOnly? ContractEndsOn = null, UnemploymentReason? UnemploymentReason = null, string? CertificateNumber = null,
    string? ProviderName = null, string? CourseOrProject = null, string? Result = null, AssistanceMeasure? Measure = null)
{
    public static readonly ServiceRegistration Empty = new();

    public void Validate(ServiceKind kind)
    {
        switch (kind)
        {
            case ServiceKind.EmploymentRegistration:
                Need(EmployerName, "就业登记须填写就业单位", nameof(EmployerName));
                Need(EffectiveOn, "就业登记须填写就业日期", nameof(EffectiveOn));
                Need(EmploymentForm, "就业登记须选择就业形式", nameof(EmploymentForm));
                if (EmploymentForm == Domain.EmploymentForm.Employee)
                    Need(ContractSigned, "单位就业须说明是否签订劳动合同", nameof(ContractSigned));
                if (EmployerCreditCode is { Length: > 0 } code && !Identifiers.UnifiedSocialCreditCode.Check(code).IsValid)
                    throw new DomainRuleException("统一社会信用代码不正确", nameof(EmployerCreditCode));
                break;
            case ServiceKind.UnemploymentRegistration:
                Need(EffectiveOn, "失业登记须填写登记日期", nameof(EffectiveOn));
                Need(UnemploymentReason, "失业登记须选择失业原因", nameof(UnemploymentReason));
                break;
            case ServiceKind.Placement:
                Need(EmployerName, "职业介绍须填写推荐单位", nameof(EmployerName));
                Need(CourseOrProject, "职业介绍须填写推荐岗位", nameof(CourseOrProject));
                break;
            case ServiceKind.Training:
                Need(ProviderName, "培训须填写培训机构", nameof(ProviderName));
                Need(CourseOrProject, "培训须填写培训项目", nameof(CourseOrProject));
                break;
            case ServiceKind.Entrepreneurship:
                Need(CourseOrProject, "创业服务须填写服务项目", nameof(CourseOrProject));
                break;
            case ServiceKind.EmploymentAssistance:
                Need(Measure, "就业援助须选择援助措施", nameof(Measure));
                break;
        }
    }

    private static void Need(object? value, string message, string field)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
            throw new DomainRuleException(message, "registration." + char.ToLowerInvariant(field[0]) + field[1..]);
    }
}

/// <summary>就业形式 of an employment registration.</summary>
public enum EmploymentForm { Employee = 1, SelfEmployed = 2, Flexible = 3, PublicWelfarePost = 4 }

/// <summary>失业原因 of an unemployment registration.</summary>
public enum UnemploymentReason
{
    ContractEnded = 1,     // 劳动合同终止
    Dismissed = 2,         // 被解除劳动合同
    Resigned = 3,          // 本人辞职
    GraduateUnplaced = 4,  // 毕业未就业
    BusinessClosed = 5,    // 个体经营停业
    LandLost = 6,          // 承包土地被征用
    ReleasedOrDemobilised = 7, // 军人退出现役等
    Other = 9,
}

/// <summary>就业援助 measures (GB/T 33531).</summary>
public enum AssistanceMeasure
{
    PublicWelfarePost = 1,  // 公益性岗位安置
    SocialInsuranceSubsidy = 2, // 社会保险补贴
    PostSubsidy = 3,        // 岗位补贴
    FocusedPlacement = 4,   // 重点推荐就业
    TrainingSupport = 5,    // 培训扶持
    Other = 9,
}
