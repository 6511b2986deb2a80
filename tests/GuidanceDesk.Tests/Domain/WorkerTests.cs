using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>A worker's own rules: special-group details, age from the ID's birth date.</summary>
public sealed class WorkerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private static WorkerDetails Details(SpecialGroups groups, int? graduationYear = null, AssistanceCategory? category = null) =>
        new("张三", HouseholdType.Rural, null, "500103", null, null, Education.Bachelor, EmploymentStatus.Unemployed,
            groups, graduationYear, category, [], []);

    private static Worker NewWorker() => new(1, new ProtectedValue("v1:x", "h"), new DateOnly(2003, 6, 15), Gender.Female, Now);

    [Fact, Trait("Clause", "5.1e")]
    public void A_graduate_needs_a_graduation_year_and_an_assistance_target_a_category()
    {
        var w = NewWorker();
        Assert.Equal("GraduationYear", Assert.Throws<DomainRuleException>(() => w.Update(Details(SpecialGroups.CollegeGraduate), null, Now)).Field);
        Assert.Equal("AssistanceCategory", Assert.Throws<DomainRuleException>(() => w.Update(Details(SpecialGroups.EmploymentAssistanceTarget), null, Now)).Field);
        w.Update(Details(SpecialGroups.CollegeGraduate | SpecialGroups.EmploymentAssistanceTarget, 2025, AssistanceCategory.ZeroEmploymentFamily), null, Now);
        Assert.Equal(2025, w.GraduationYear);
    }

    [Fact, Trait("Clause", "5.1e")]
    public void Details_of_a_group_the_worker_left_are_cleared_and_an_impossible_year_refused()
    {
        var w = NewWorker();
        w.Update(Details(SpecialGroups.CollegeGraduate, 2025), null, Now);
        w.Update(Details(SpecialGroups.None, 2025), null, Now);
        Assert.Null(w.GraduationYear);
        Assert.Throws<DomainRuleException>(() => w.Update(Details(SpecialGroups.CollegeGraduate, 2010), null, Now));
    }

    [Theory, Trait("Clause", "6.1.1")]
    [InlineData("2026-06-14", 22)]
    [InlineData("2026-06-15", 23)]
    public void Age_turns_on_the_birthday(string day, int age) =>
        Assert.Equal(age, NewWorker().AgeOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
