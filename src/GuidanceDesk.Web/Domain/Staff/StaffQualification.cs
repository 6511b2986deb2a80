namespace GuidanceDesk.Web.Domain;

/// <summary>
/// Whether a staff member meets 4.6.1 for their position and the yearly training minimum of 4.6.2c.
/// Managers need ≥3 years of guidance; counselors need a bachelor's degree or above, a valid 职业指导员/师 certificate,
/// ≥3 years of consulting or training work and ≥5 years in a related industry — or a recorded special-talent finding.
/// </summary>
public static class StaffQualification
{
    public const int ManagerMinYearsOfGuidance = 3;
    public const int CounselorMinYearsOfConsulting = 3;
    public const int CounselorMinYearsOfIndustry = 5;

    public static QualificationResult Evaluate(StaffMember staff, DateOnly today, decimal yearlyTrainingMinimum)
    {
        var gaps = new List<QualificationGap>();
        switch (staff.Position)
        {
            case StaffPosition.Manager:
                if (staff.YearsOfGuidance < ManagerMinYearsOfGuidance)
                    gaps.Add(QualificationGap.ManagerGuidanceYears);
                break;
            case StaffPosition.Counselor when !staff.IsSpecialTalent:
                if (staff.Education < Education.Bachelor)
                    gaps.Add(QualificationGap.Education);
                if (!staff.Certificates.Any(c => c.IsValidOn(today)))
                    gaps.Add(staff.Certificates.Count == 0 ? QualificationGap.NoCertificate : QualificationGap.CertificateExpired);
                if (staff.YearsOfConsulting < CounselorMinYearsOfConsulting)
                    gaps.Add(QualificationGap.ConsultingYears);
                if (staff.YearsOfIndustry < CounselorMinYearsOfIndustry)
                    gaps.Add(QualificationGap.IndustryYears);
                break;
        }
        var hours = staff.TrainingHoursIn(today.Year);
        return new QualificationResult(gaps.Count == 0, gaps, hours, yearlyTrainingMinimum, hours >= yearlyTrainingMinimum);
    }

    public static string Describe(QualificationGap gap) => gap switch
    {
        QualificationGap.ManagerGuidanceYears => "专业管理人员须有3年以上职业指导工作经历",
        QualificationGap.Education => "职业指导人员须具备大学本科及以上学历",
        QualificationGap.NoCertificate => "未登记职业指导员或职业指导师证书",
        QualificationGap.CertificateExpired => "职业指导证书已过期",
        QualificationGap.ConsultingYears => "须有3年以上咨询或培训工作经历",
        QualificationGap.IndustryYears => "须有5年以上相关行业工作经历",
        _ => gap.ToString(),
    };
}

public enum QualificationGap { ManagerGuidanceYears, Education, NoCertificate, CertificateExpired, ConsultingYears, IndustryYears }

public sealed record QualificationResult(
    bool MeetsClause461, IReadOnlyList<QualificationGap> Gaps,
    decimal TrainingHoursThisYear, decimal TrainingMinimum, bool MeetsTrainingMinimum);
