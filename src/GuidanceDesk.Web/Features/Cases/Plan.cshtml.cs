using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Drafting or revising the employment plan (6.1.4); the worker's agreement is recorded on the case page.</summary>
public sealed class PlanModel(CaseQueries queries, PlanHandlers handlers, AgencyClock clock, IStringLocalizer<SharedResource> l)
    : CaseFormPage<PlanForm>(queries, l)
{
    public const int BlankRows = 3;

    [BindProperty(SupportsGet = true)]
    public long? PlanId { get; set; }

    protected override string Done => PlanId is null ? "已保存计划草案，请劳动者确认" : "已修改计划草案";

    protected override async Task SaveAsync(long id, CancellationToken ct)
    {
        if (PlanId is { } planId)
            await handlers.ReviseAsync(id, planId, Input, ct);
        else
            await handlers.DraftAsync(id, Input, ct);
    }

    protected override Task FillAsync(CaseView c, CancellationToken ct)
    {
        var draft = c.Plans.FirstOrDefault(p => p.Id == PlanId && p.Status == Domain.PlanStatus.Draft);
        if (draft is not null)
        {
            Input.Goal = draft.Goal;
            Input.PeriodStart = draft.PeriodStart;
            Input.PeriodEnd = draft.PeriodEnd;
            Input.FollowUpEveryDays = draft.FollowUpEveryDays;
            Input.Version = draft.Version;
            Input.Actions = [.. draft.Actions.Select(a => new PlanActionForm { Kind = a.Kind, Description = a.Description, DueOn = a.DueOn })];
        }
        else
        {
            PlanId = null;
            Input.PeriodStart = clock.Today;
            Input.PeriodEnd = clock.Today.AddMonths(3);
            Input.FollowUpEveryDays = c.IsPriority ? Domain.EmploymentPlan.PriorityMaxCadenceDays : 14;
            // A plan made after a review starts from the goals the worker confirmed.
            Input.Goal = string.Join("；", c.Goals.Where(g => g.Status == Domain.GoalStatus.Confirmed).Select(g => g.Text));
        }
        return Task.CompletedTask;
    }

    protected override Task LoadExtrasAsync(CaseView c, CancellationToken ct)
    {
        while (Input.Actions.Count(a => a.IsEmpty) < BlankRows)
            Input.Actions.Add(new PlanActionForm());
        return Task.CompletedTask;
    }

    protected override void BeforeValidation() => FormRows.DropBlank(Input.Actions, "Input.Actions", ModelState, Request.Form);
}
