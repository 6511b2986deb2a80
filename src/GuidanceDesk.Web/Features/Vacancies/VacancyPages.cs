using Microsoft.AspNetCore.Mvc.Rendering;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>What the shared vacancy form partial needs from the staff and portal pages.</summary>
public interface IVacancyFormPage
{
    VacancyForm Input { get; }

    /// <summary>Employers to choose from (staff creating a vacancy); empty when the employer is fixed.</summary>
    IReadOnlyList<SelectListItem> Employers { get; }
}

public static class VacancyPages
{
    public static VacancyForm FromView(VacancyView v) => new()
    {
        EmployerId = v.EmployerId, Title = v.Title, OccupationCode = v.OccupationCode, OccupationNote = v.OccupationNote,
        Posts = v.Posts, DistrictCode = v.DistrictCode, TownshipCode = v.TownshipCode, PayMin = v.PayMin, PayMax = v.PayMax,
        MinEducation = v.MinEducation, MinExperienceYears = v.MinExperienceYears, AgeMin = v.AgeMin, AgeMax = v.AgeMax,
        Skills = string.Join("、", v.Skills), WorkingHours = v.WorkingHours, ContractType = v.ContractType, Benefits = v.Benefits,
        Description = v.Description, OpensOn = v.OpensOn, ClosesOn = v.ClosesOn, Version = v.Version,
    };

    /// <summary>A new vacancy opens today and runs for 60 days unless changed.</summary>
    public static VacancyForm New(DateOnly today, long? employerId) => new()
    {
        EmployerId = employerId, OpensOn = today, ClosesOn = today.AddDays(60), AgeMin = 18,
    };
}
