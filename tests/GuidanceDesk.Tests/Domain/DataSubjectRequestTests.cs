using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>A privacy request's own rules (4.6.2b) and what anonymising a worker keeps.</summary>
public sealed class DataSubjectRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2026, 12, 17);

    private static DataSubjectRequest Correction(CorrectionField field = CorrectionField.Phone, string? value = "v1:cipher") =>
        new(1, 2, DataRequestKind.Correction, field, value, null, Due, "王伟", Now);

    [Fact, Trait("Clause", "4.6.2b")]
    public void A_request_says_what_it_asks_a_correction_a_value_or_words_a_deletion_a_reason()
    {
        Assert.Equal("proposedValue", Assert.Throws<DomainRuleException>(() => Correction(value: null)).Field);
        Assert.Equal("Details", Assert.Throws<DomainRuleException>(() => Correction(CorrectionField.Other, null)).Field);
        Assert.Equal("Details", Assert.Throws<DomainRuleException>(() =>
            new DataSubjectRequest(1, 2, DataRequestKind.Deletion, null, null, " ", Due, "王伟", Now)).Field);
        var deletion = new DataSubjectRequest(1, 2, DataRequestKind.Deletion, CorrectionField.Phone, "v1:x", "不再需要服务", Due, "王伟", Now);
        Assert.Null(deletion.Field); // a deletion carries no correction
        Assert.Null(deletion.ProposedValueCipher);
    }

    [Fact, Trait("Clause", "4.6.2b")]
    public void Submitted_goes_to_accepted_or_to_refused_with_a_reason_and_only_an_accepted_one_completes()
    {
        var r = Correction();
        Assert.Throws<DomainRuleException>(() => r.Complete("已更正", "李明", Now));
        Assert.Equal("reason", Assert.Throws<DomainRuleException>(() => r.Reject("  ", "李明", Now)).Field);
        r.Accept("李明", Now);
        Assert.Throws<DomainRuleException>(() => r.Reject("不属实", "李明", Now));
        Assert.Throws<DomainRuleException>(() => r.Accept("李明", Now));
        r.Complete("已将联系电话更正为“139****0000”", "李明", Now);
        Assert.Equal(DataRequestStatus.Completed, r.Status);
        Assert.Equal(new[] { DataRequestEventKind.Submitted, DataRequestEventKind.Accepted, DataRequestEventKind.Completed }, r.Events.Select(e => e.Kind));

        var refused = Correction();
        refused.Reject("经核实登记无误", "李明", Now);
        Assert.Equal((DataRequestStatus.Rejected, "经核实登记无误"), (refused.Status, refused.RejectionReason));
        Assert.Throws<DomainRuleException>(() => refused.Complete("x", "李明", Now));
    }

    [Fact, Trait("Clause", "4.6.2b")]
    public void Overdue_means_undecided_or_an_accepted_correction_not_made_after_the_due_day_and_a_waiting_deletion_is_not()
    {
        var r = Correction();
        Assert.False(r.IsOverdue(Due));
        Assert.True(r.IsOverdue(Due.AddDays(1)));
        r.Accept("李明", Now);
        Assert.True(r.IsOverdue(Due.AddDays(1)));
        var deletion = new DataSubjectRequest(1, 2, DataRequestKind.Deletion, null, null, "不再需要服务", Due, "王伟", Now);
        deletion.Accept("李明", Now);
        deletion.WaitUntil(null, "李明", Now);
        deletion.WaitUntil(null, "系统", Now); // the nightly job asks again: one event, not one a night
        Assert.False(deletion.IsOverdue(Due.AddYears(1)));
        Assert.Single(deletion.Events, e => e.Kind == DataRequestEventKind.Waiting);
        Assert.Throws<DomainRuleException>(() => r.WaitUntil(Due, "李明", Now));
    }

    [Fact, Trait("Clause", "4.6.2b")]
    public void Anonymising_a_worker_clears_who_they_are_and_keeps_what_the_statistics_count()
    {
        var w = new Worker(1, new ProtectedValue("v1:id", "hash"), new DateOnly(2003, 6, 15), Gender.Female, Now);
        w.Update(new WorkerDetails("张三", HouseholdType.Rural, "500103", "500103", "500103001", "民族路100号", Education.Bachelor,
            EmploymentStatus.Unemployed, SpecialGroups.CollegeGraduate, 2025, null,
            [new WorkExperience("重庆某公司", "4-01-02-01", "收银员", new DateOnly(2024, 7, 1), null)],
            [new JobIntention("2-02-10-03", "500103", 5000, "想在解放碑附近")]), new ProtectedValue("v1:phone", "ph"), Now);
        w.Anonymise(new ProtectedValue("v1:placeholder", "anonymised:1"), Now);

        Assert.Equal(Worker.AnonymisedName, w.Name);
        Assert.True(w.Phone is null && w.ResidenceAddress is null && w.ResidenceTownshipCode is null && w.UserId is null);
        Assert.Equal(new DateOnly(2003, 7, 1), w.DateOfBirth);
        Assert.Equal("", w.WorkExperiences[0].Employer);
        Assert.Null(w.WorkExperiences[0].Position);
        Assert.Null(w.JobIntentions[0].Note);
        Assert.Equal((Gender.Female, "500103", Education.Bachelor, SpecialGroups.CollegeGraduate, 2025),
            (w.Gender, w.ResidenceDistrictCode, w.Education, w.SpecialGroups, w.GraduationYear));
        Assert.Equal(("4-01-02-01", "2-02-10-03"), (w.WorkExperiences[0].OccupationCode, w.JobIntentions[0].OccupationCode));
        Assert.True(w.RefusesRecommendations);
        Assert.Throws<DomainRuleException>(() => w.Anonymise(new ProtectedValue("v1:p", "anonymised:1"), Now));
        Assert.Throws<DomainRuleException>(() => w.SetRefusesRecommendations(false, Now));
    }
}
