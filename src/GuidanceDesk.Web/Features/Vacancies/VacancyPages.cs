using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

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

    /// <summary>
    /// Publish / fill / withdraw from a page (staff or employer portal): a refusal comes back as the page's message and
    /// the vacancy is shown again as it now is.
    /// </summary>
    public static async Task<IActionResult> CommandAsync(PageModel page, IStringLocalizer l, long id, Func<Task<VacancyView>> command, string done)
    {
        try
        {
            await command();
            page.TempData["Message"] = l[done].Value;
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            page.TempData["Error"] = PageErrors.Apply(e, page.ModelState, l, "", typeof(object)).Message;
        }
        return page.RedirectToPage(new { id });
    }

    /// <summary>A new vacancy opens today and runs for 60 days unless changed.</summary>
    public static VacancyForm New(DateOnly today, long? employerId) => new()
    {
        EmployerId = employerId, OpensOn = today, ClosesOn = today.AddDays(60), AgeMin = 18,
    };
}
