using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>The placement's status flow: proposed → referred → interviewed → hired / rejected (with a reason) / no-show.</summary>
public sealed class PlacementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor By = new("u1", "李明");
    private static readonly MatchResult Match = new(80, 100, true, [new MatchComponent(MatchFactor.Occupation, 40, 40, "同一职业")]);

    private static Vacancy OpenVacancy()
    {
        var v = new Vacancy(1, 2, VacancySource.Staff, Now);
        v.Update(VacancyTests.Details(), Now);
        v.Open(new DateOnly(2026, 11, 26), Now);
        return v;
    }

    private static Placement New(Vacancy? v = null) => new(1, 10, v ?? OpenVacancy(), null, 5, Match, Channel.Offline, false, null, By, Now);

    [Fact, Trait("Clause", "7.1.4")]
    public void A_placement_goes_from_proposed_to_hired_keeping_its_history_and_the_match_that_led_to_it()
    {
        var p = New();
        Assert.Equal(PlacementStatus.Proposed, p.Status);
        Assert.Throws<DomainRuleException>(() => p.RecordInterview(new DateOnly(2026, 11, 27), By, Now));
        p.Refer(By, Now);
        p.RecordInterview(new DateOnly(2026, 11, 27), By, Now);
        p.RecordHire(new DateOnly(2026, 12, 1), 5200, By, Now);
        Assert.Equal(PlacementStatus.Hired, p.Status);
        Assert.False(p.IsActive);
        Assert.Equal([PlacementStatus.Proposed, PlacementStatus.Referred, PlacementStatus.Interviewed, PlacementStatus.Hired],
            p.Steps.Select(s => s.Status));
        Assert.Equal(80, p.Score);
        Assert.Equal("同一职业", Assert.Single(p.Components).Explanation);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public void A_rejection_needs_a_reason_and_an_ended_placement_cannot_be_withdrawn()
    {
        var p = New();
        p.Refer(By, Now);
        var e = Assert.Throws<DomainRuleException>(() => p.Reject(" ", By, Now));
        Assert.Equal(nameof(Placement.RejectionReason), e.Field);
        p.Reject("技能不符", By, Now);
        Assert.Equal("技能不符", p.RejectionReason);
        Assert.Throws<DomainRuleException>(() => p.Withdraw("不需要了", By, Now));
    }

    [Fact, Trait("Clause", "7.1.4")]
    public void A_vacancy_that_is_not_open_cannot_take_a_placement()
    {
        var v = OpenVacancy();
        v.MarkFilled(Now);
        Assert.Throws<DomainRuleException>(() => New(v));
        Assert.Throws<DomainRuleException>(() => new Placement(1, 10, OpenVacancy(), null, 5, Match with { Eligible = false },
            Channel.Offline, false, null, By, Now));
    }
}
