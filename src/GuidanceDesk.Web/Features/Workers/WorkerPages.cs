using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Staff;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>What the shared worker form partial (_WorkerFields) needs from the register and edit pages.</summary>
public interface IWorkerFormPage
{
    WorkerForm Input { get; }
    WorkerFormLists Lists { get; }
}

/// <summary>Options of the worker form that come from the database or depend on what was chosen.</summary>
public sealed record WorkerFormLists(IReadOnlyList<SelectListItem> Counselors, IReadOnlyList<SelectListItem> Townships,
    IReadOnlyList<SelectListItem> Units)
{
    public static readonly WorkerFormLists Empty = new([], [], []);
}

/// <summary>Helpers the worker pages share, so that register and edit behave the same.</summary>
public static class WorkerPages
{
    /// <summary>Staff who guide workers (counselors, managers, the head) of the units in reach, for assignment and search.</summary>
    public static async Task<List<SelectListItem>> CounselorsAsync(StaffHandlers staff, IStringLocalizer l, CancellationToken ct) =>
        [.. (await staff.ListAsync(null, false, ct))
            .Where(s => s.Position is StaffPosition.Counselor or StaffPosition.Manager or StaffPosition.Head)
            .Select(s => new SelectListItem($"{s.Name}（{l[Labels.Of(s.Position)]}）", Fmt.Id(s.Id)))];

    public static async Task<WorkerFormLists> ListsAsync(WorkerForm form, StaffHandlers staff, UnitHandlers units, CurrentUser user,
        DivisionCatalog divisions, IStringLocalizer l, CancellationToken ct)
    {
        // City-level staff register into a unit they choose; everyone else registers into their own.
        var unitOptions = user.IsCityLevel
            ? (await units.ListAsync(ct)).Select(u => new SelectListItem(u.Name, Fmt.Id(u.Id))).ToList()
            : [];
        return new WorkerFormLists(await CounselorsAsync(staff, l, ct), Choices.Townships(divisions, form.ResidenceDistrictCode), unitOptions);
    }

    /// <summary>The form shows one job-intention row and one work-experience row even when the worker has none.</summary>
    public static void PadRows(WorkerForm form)
    {
        if (form.JobIntentions.Count == 0)
            form.JobIntentions.Add(new JobIntentionForm());
        if (form.WorkExperiences.Count == 0)
            form.WorkExperiences.Add(new WorkExperienceForm { From = default });
    }

    /// <summary>
    /// The optional rows the user left blank are not part of the record: drop them, with the binder's complaints about
    /// them ("请填写工作单位", an empty start date), before deciding whether the form is valid.
    /// </summary>
    public static void DropBlankRows(WorkerForm form, ModelStateDictionary state, IFormCollection posted)
    {
        FormRows.DropBlank(form.WorkExperiences, "Input.WorkExperiences", state, posted);
        FormRows.DropBlank(form.JobIntentions, "Input.JobIntentions", state, posted);
    }

    public static WorkerForm FromView(WorkerView v, RevealedIdentifiers ids) => new()
    {
        Name = v.Name, IdNumber = ids.IdNumber, Phone = ids.Phone, HouseholdType = v.HouseholdType, HouseholdPlaceCode = v.HouseholdPlaceCode,
        ResidenceDistrictCode = v.ResidenceDistrictCode, ResidenceTownshipCode = v.ResidenceTownshipCode, ResidenceAddress = v.ResidenceAddress,
        Education = v.Education, EmploymentStatus = v.EmploymentStatus, SpecialGroups = [.. v.SpecialGroups], GraduationYear = v.GraduationYear,
        AssistanceCategory = v.AssistanceCategory, CounselorId = v.CounselorId, Version = v.Version,
        WorkExperiences = [.. v.WorkExperiences.Select(e => new WorkExperienceForm
            { Employer = e.Employer, OccupationCode = e.OccupationCode, Position = e.Position, From = e.From, To = e.To })],
        JobIntentions = [.. v.JobIntentions.Select(j => new JobIntentionForm
            { OccupationCode = j.OccupationCode, DistrictCode = j.DistrictCode, MinMonthlyPay = j.MinMonthlyPay, Note = j.Note, Industry = j.Industry })],
    };

    /// <summary>Priority badge for employment-assistance targets (7.1.11), plain badges for the other groups.</summary>
    public static string BadgeClass(SpecialGroups g) => g == SpecialGroups.EmploymentAssistanceTarget ? "badge priority" : "badge group";
}
