using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>4.6.1 (who may manage and who may guide) and 4.6.2c (yearly training minimum).</summary>
public sealed class StaffQualificationTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private static StaffMember Counselor(Education education = Education.Bachelor, int consulting = 3, int industry = 5, bool special = false)
    {
        var s = new StaffMember(1, "李明", StaffPosition.Counselor, Now);
        s.UpdateProfile(new StaffProfile("李明", StaffPosition.Counselor, education, 1, consulting, industry, special, special ? "省级技能大师" : null, [], []));
        return s;
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void A_counselor_with_degree_valid_certificate_and_experience_meets_the_clause()
    {
        var s = Counselor();
        s.AddCertificate(CertificateKind.VocationalGuidanceWorker, 3, "CQ001", "重庆市职业技能鉴定指导中心", Today);
        var result = StaffQualification.Evaluate(s, Today, 40);
        Assert.True(result.MeetsClause461);
        Assert.Empty(result.Gaps);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void Each_missing_requirement_is_named()
    {
        var s = Counselor(Education.JuniorCollege, consulting: 2, industry: 4);
        var result = StaffQualification.Evaluate(s, Today, 40);
        Assert.False(result.MeetsClause461);
        Assert.Equal([QualificationGap.Education, QualificationGap.NoCertificate, QualificationGap.ConsultingYears, QualificationGap.IndustryYears], result.Gaps);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void An_expired_certificate_does_not_count()
    {
        var s = Counselor();
        s.AddCertificate(CertificateKind.VocationalGuidanceSpecialist, 2, "CQ002", "人社部", Today.AddDays(-1));
        Assert.Equal([QualificationGap.CertificateExpired], StaffQualification.Evaluate(s, Today, 40).Gaps);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void A_recorded_special_talent_meets_the_clause_without_the_usual_profile()
    {
        var s = Counselor(Education.SeniorSecondary, 0, 0, special: true);
        Assert.True(StaffQualification.Evaluate(s, Today, 40).MeetsClause461);
        Assert.Throws<DomainRuleException>(() => s.UpdateProfile(new StaffProfile("李明", StaffPosition.Counselor, Education.Bachelor, 0, 0, 0, true, " ", [], [])));
    }

    [Theory, Trait("Clause", "4.6.1")]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void A_manager_needs_three_years_of_guidance(int years, bool meets)
    {
        var s = new StaffMember(1, "陈晓梅", StaffPosition.Manager, Now);
        s.UpdateProfile(new StaffProfile("陈晓梅", StaffPosition.Manager, Education.Master, years, 0, 0, false, null, [], []));
        Assert.Equal(meets, StaffQualification.Evaluate(s, Today, 40).MeetsClause461);
    }

    [Fact, Trait("Clause", "4.6.2c")]
    public void Only_this_years_training_counts_toward_the_minimum()
    {
        var s = Counselor();
        s.AddTraining(new DateOnly(2025, 12, 20), "去年的培训", 30, null);
        s.AddTraining(new DateOnly(2026, 3, 1), "政策培训", 24, null);
        var short1 = StaffQualification.Evaluate(s, Today, 40);
        Assert.Equal(24, short1.TrainingHoursThisYear);
        Assert.False(short1.MeetsTrainingMinimum);
        s.AddTraining(new DateOnly(2026, 10, 1), "实务培训", 16, "市就业局");
        Assert.True(StaffQualification.Evaluate(s, Today, 40).MeetsTrainingMinimum);
        Assert.Throws<DomainRuleException>(() => s.AddTraining(Today, "无效", 0, null));
    }
}
