using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>7.1.5: which providers and courses may be recommended, and the expiry flag, at their boundaries.</summary>
public sealed class TrainingProviderTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static TrainingProvider Qualified(DateOnly? licenceTo, int checkMonthsAgo = 1, bool safetyPassed = true)
    {
        var p = new TrainingProvider(new ProviderDetails("示例培训学校", "91500103MA0000001X", "500103", "渝中区示例路1号", null,
            "023-60000000", null, null), DateTimeOffset.UnixEpoch);
        p.AddQualification(QualificationKind.SchoolLicence, "教民001", "区人社局", Today.AddYears(-3), licenceTo, Today);
        p.RecordCheck(ProviderCheckKind.Management, Today.AddMonths(-checkMonthsAgo), "区人社局", true, null, "测试", Today, DateTimeOffset.UnixEpoch);
        p.RecordCheck(ProviderCheckKind.Safety, Today.AddMonths(-checkMonthsAgo), "区人社局", safetyPassed, safetyPassed ? null : "消防通道堵塞",
            "测试", Today, DateTimeOffset.UnixEpoch);
        return p;
    }

    [Fact, Trait("Clause", "7.1.5")]
    public void A_qualified_checked_active_provider_can_be_recommended_until_its_last_day() =>
        Assert.Empty(Qualified(Today).CanBeRecommended(Today));

    [Fact, Trait("Clause", "7.1.5")]
    public void Every_reason_is_given_at_once()
    {
        var p = Qualified(Today.AddDays(-1), safetyPassed: false);
        p.Retire("注销", DateTimeOffset.UnixEpoch);
        Assert.Equal([RecommendationBar.Retired, RecommendationBar.QualificationExpired, RecommendationBar.SafetyCheckFailed],
            p.CanBeRecommended(Today));
    }

    [Fact, Trait("Clause", "7.1.5")]
    public void A_check_counts_for_the_configured_months_and_the_latest_one_decides()
    {
        Assert.Empty(Qualified(null, checkMonthsAgo: 12).CanBeRecommended(Today));
        var old = Qualified(null, checkMonthsAgo: 13);
        Assert.Equal([RecommendationBar.ManagementCheckOutdated, RecommendationBar.SafetyCheckOutdated], old.CanBeRecommended(Today));
        Assert.Empty(old.CanBeRecommended(Today, checkValidMonths: 24));

        var fixedSince = Qualified(null, safetyPassed: false);
        fixedSince.RecordCheck(ProviderCheckKind.Safety, Today, "区人社局", true, "整改完成", "测试", Today, DateTimeOffset.UnixEpoch);
        Assert.Empty(fixedSince.CanBeRecommended(Today));
        Assert.Throws<DomainRuleException>(() =>
            fixedSince.RecordCheck(ProviderCheckKind.Safety, Today.AddDays(1), "区人社局", true, null, "测试", Today, DateTimeOffset.UnixEpoch));
    }

    [Fact, Trait("Clause", "7.1.5")]
    public void A_renewal_replaces_the_expiring_licence_and_keeps_it_on_record()
    {
        var p = Qualified(Today.AddDays(20));
        Assert.Equal(QualificationAlert.ExpiringSoon, p.Alert(Today, 30));
        Assert.Equal(QualificationAlert.None, Qualified(Today.AddDays(31)).Alert(Today, 30));
        Assert.Equal(QualificationAlert.Expired, Qualified(Today.AddDays(-1)).Alert(Today, 30));

        p.AddQualification(QualificationKind.SchoolLicence, "教民002", "区人社局", Today, Today.AddYears(5), Today, replacesLine: 1);
        Assert.Equal(QualificationAlert.None, p.Alert(Today, 30));
        Assert.Equal(Today.AddYears(5), p.QualifiedUntil);
        Assert.Equal(2, p.Qualifications.Count);
        Assert.Equal(Today, p.Qualifications.Single(q => q.Line == 1).ReplacedOn);
        Assert.Throws<DomainRuleException>(() =>
            p.AddQualification(QualificationKind.Other, "X", "Y", Today, Today.AddDays(-1), Today));
    }

    [Fact, Trait("Clause", "7.1.5")]
    public void A_course_that_ended_was_cancelled_or_is_full_cannot_be_recommended()
    {
        CourseDetails Details(DateOnly ends, CourseStatus status) => new("电工班", "6-31-01-03", SkillLevel.Intermediate, true, null,
            ends.AddDays(-30), ends, 200, 3200m, 40, Channel.Offline, status, null);
        Assert.Empty(new TrainingCourse(1, Details(Today, CourseStatus.Enrolling), DateTimeOffset.UnixEpoch).CanBeRecommended(Today));
        Assert.Equal([RecommendationBar.CourseEnded],
            new TrainingCourse(1, Details(Today.AddDays(-1), CourseStatus.Enrolling), DateTimeOffset.UnixEpoch).CanBeRecommended(Today));
        Assert.Equal([RecommendationBar.CourseCancelled],
            new TrainingCourse(1, Details(Today, CourseStatus.Cancelled), DateTimeOffset.UnixEpoch).CanBeRecommended(Today));
        Assert.Equal([RecommendationBar.CourseFull],
            new TrainingCourse(1, Details(Today, CourseStatus.Full), DateTimeOffset.UnixEpoch).CanBeRecommended(Today));
    }
}
