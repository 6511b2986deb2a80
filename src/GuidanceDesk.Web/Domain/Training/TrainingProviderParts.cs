namespace GuidanceDesk.Web.Domain;

/// <summary>What a qualification of a training provider is (7.1.5 "legally qualified").</summary>
public enum QualificationKind
{
    SchoolLicence = 1,          // 民办学校办学许可证
    SkillAssessmentFiling = 2,  // 职业技能等级认定机构备案
    BusinessLicence = 3,        // 营业执照
    PublicInstitution = 4,      // 事业单位法人证书
    Other = 9,                  // 其他资质
}

/// <summary>The two checks 7.1.5 asks for: "well managed and safe".</summary>
public enum ProviderCheckKind
{
    Management = 1, // 管理规范检查
    Safety = 2,     // 安全检查
}

/// <summary>
/// One qualification as issued: kind, number, issuer and validity (no end date = long-term, as business licences often
/// are). A renewal does not overwrite it: the old line is marked replaced and kept, so that what a past recommendation
/// relied on stays readable.
/// </summary>
public sealed record ProviderQualification(int Line, QualificationKind Kind, string Number, string Issuer, DateOnly ValidFrom,
    DateOnly? ValidTo, DateOnly? ReplacedOn)
{
    public bool IsCurrent => ReplacedOn is null;

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || ValidTo >= day);
}

/// <summary>A management or safety check of the provider: when, by whom, the result; kept as a history.</summary>
public sealed record ProviderCheck(int Line, ProviderCheckKind Kind, DateOnly CheckedOn, string CheckedBy, bool Passed, string? Note,
    string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The editable details of a provider (its qualifications and checks have their own steps).</summary>
public sealed record ProviderDetails(string Name, string CreditCode, string DistrictCode, string Address, string? ContactPerson,
    string Phone, string? Email, string? Scope);

/// <summary>Why a course cannot be recommended now; each has a fixed Chinese text (<see cref="RecommendationBars.Describe"/>).</summary>
public enum RecommendationBar
{
    Retired = 1,
    NoQualification = 2,
    QualificationNotYetValid = 3,
    QualificationExpired = 4,
    ManagementCheckMissing = 5,
    ManagementCheckFailed = 6,
    ManagementCheckOutdated = 7,
    SafetyCheckMissing = 8,
    SafetyCheckFailed = 9,
    SafetyCheckOutdated = 10,
    CourseEnded = 11,
    CourseCancelled = 12,
    CourseFull = 13,
}

/// <summary>The qualification expiry flag of the registry.</summary>
public enum QualificationAlert { None = 0, ExpiringSoon = 1, Expired = 2 }

public static class RecommendationBars
{
    public static string Describe(RecommendationBar bar) => bar switch
    {
        RecommendationBar.Retired => "培训机构已停用",
        RecommendationBar.NoQualification => "未登记办学资质",
        RecommendationBar.QualificationNotYetValid => "资质尚未生效",
        RecommendationBar.QualificationExpired => "资质已过期",
        RecommendationBar.ManagementCheckMissing => "没有管理规范检查记录",
        RecommendationBar.ManagementCheckFailed => "最近一次管理规范检查未通过",
        RecommendationBar.ManagementCheckOutdated => "管理规范检查已超过有效期，需重新检查",
        RecommendationBar.SafetyCheckMissing => "没有安全检查记录",
        RecommendationBar.SafetyCheckFailed => "最近一次安全检查未通过",
        RecommendationBar.SafetyCheckOutdated => "安全检查已超过有效期，需重新检查",
        RecommendationBar.CourseEnded => "课程已结束",
        RecommendationBar.CourseCancelled => "课程已取消",
        RecommendationBar.CourseFull => "课程已满员",
        _ => bar.ToString(),
    };

    /// <summary>A check failed (the registry's "检查未通过" badge), as opposed to missing or outdated.</summary>
    public static bool IsFailedCheck(RecommendationBar bar) =>
        bar is RecommendationBar.ManagementCheckFailed or RecommendationBar.SafetyCheckFailed;
}
