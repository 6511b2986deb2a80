using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>Designing a guidance project (4.6.1a): a new one, or revising a draft or running one. The API takes the same form.</summary>
[Authorize(Policy = Policies.ProjectDesign)]
public sealed class EditModel(ProjectHandlers handlers, ProjectQueries queries, ProjectAccess access, AppDbContext db, AgencyClock clock,
    DivisionCatalog divisions, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int BlankIndicators = 2;
    public const int BlankScheduleItems = 3;

    [BindProperty]
    public ProjectForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public PageError? Error { get; private set; }

    public IReadOnlyList<(long Id, string Name, StaffPosition Position)> Staff { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> Districts => Choices.Districts(divisions);

    public bool ChoosesUnit => access.IsCityLevel && Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var p = await queries.GetAsync(id, ct);
            if (p.Status is ProjectStatus.Completed or ProjectStatus.Cancelled)
                return Redirect($"/Projects/Details/{id}");
            Input = FormOf(p);
        }
        else
        {
            Input.PeriodStart = clock.Today;
            Input.PeriodEnd = clock.Today.AddMonths(3);
            Input.LeadStaffId = access.StaffId;
            Input.ServiceUnitId = access.UnitId;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(ProjectForm), async () =>
        {
            long id;
            if (Id is { } existing)
                await handlers.UpdateAsync(id = existing, Input, ct);
            else
                id = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["指导项目已保存"].Value;
            return Redirect($"/Projects/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var unit = Id is { } id ? (await queries.GetAsync(id, ct)).ServiceUnitId : Input.ServiceUnitId ?? access.UnitId;
        Staff = unit is { } u ? await queries.StaffOfAsync(u, ct) : [];
        if (ChoosesUnit)
            Units = [.. (await db.ServiceUnits.AsNoTracking().OrderBy(x => x.Id).Select(x => new { x.Id, x.Name }).ToListAsync(ct))
                .Select(x => new SelectListItem(x.Name, x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        while (Input.Indicators.Count(i => i.IsEmpty) < BlankIndicators)
            Input.Indicators.Add(new IndicatorForm());
        while (Input.Schedule.Count(i => i.IsEmpty) < BlankScheduleItems)
            Input.Schedule.Add(new ScheduleForm());
    }

    private static ProjectForm FormOf(ProjectView p) => new()
    {
        ServiceUnitId = p.ServiceUnitId, Title = p.Title, NeedsAnalysis = p.NeedsAnalysis, TargetGroup = p.TargetGroup,
        Criteria = new CriteriaForm
        {
            DistrictCode = p.Criteria.DistrictCode, Groups = [.. p.Criteria.Groups], GraduationYear = p.Criteria.GraduationYear,
            MinUnemployedMonths = p.Criteria.MinUnemployedMonths,
        },
        Objectives = p.Objectives,
        Indicators = [.. p.Indicators.Select(i => new IndicatorForm { Kind = i.Kind, Name = i.Name, Target = i.Target, Unit = i.Unit })],
        Schedule = [.. p.Schedule.Select(s => new ScheduleForm { Kind = s.Kind, Title = s.Title, PlannedOn = s.PlannedOn, Status = s.Status, Note = s.Note })],
        LeadStaffId = p.Lead?.Id, MemberStaffIds = [.. p.Members.Select(m => m.Id)], BudgetNotes = p.BudgetNotes,
        PeriodStart = p.PeriodStart, PeriodEnd = p.PeriodEnd, Version = p.Version,
    };
}
