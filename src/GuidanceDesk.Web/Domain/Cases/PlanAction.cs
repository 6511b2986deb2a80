namespace GuidanceDesk.Web.Domain;

/// <summary>A concrete step of the plan: a job-search activity, training, a placement (job referral) service.</summary>
public sealed record PlanAction(int Line, ActionKind Kind, string Description, DateOnly DueOn, ActionStatus Status,
    DateOnly? DoneOn, string? Note)
{
    public static void Check(string description, DateOnly dueOn, DateOnly start, DateOnly end)
    {
        if (string.IsNullOrWhiteSpace(description))
            throw new DomainRuleException("请填写行动内容", "actions");
        if (dueOn < start || dueOn > end)
            throw new DomainRuleException("行动完成日期应在计划期限内", "actions");
    }
}

public sealed partial class EmploymentPlan
{
    /// <summary>6.1.5: job-search activities and placement services are adjusted to the facts while the plan runs.</summary>
    public void AdjustAction(int line, ActionStatus status, DateOnly dueOn, string? note, string byUserId, DateOnly today, DateTimeOffset now)
    {
        EnsureActive();
        var index = _actions.FindIndex(a => a.Line == line);
        if (index < 0)
            throw new DomainRuleException("找不到该行动项", "line");
        var old = _actions[index];
        PlanAction.Check(old.Description, dueOn, PeriodStart, PeriodEnd);
        _actions[index] = old with
        {
            Status = status, DueOn = dueOn, Note = note,
            DoneOn = status == ActionStatus.Done ? old.DoneOn ?? today : null,
        };
        _changes.Add(new PlanChange(now, byUserId, $"行动{line}：{Describe(old, _actions[index])}"));
    }

    public PlanAction AddAction(PlanActionTerms terms, string byUserId, DateTimeOffset now)
    {
        EnsureActive();
        PlanAction.Check(terms.Description, terms.DueOn, PeriodStart, PeriodEnd);
        var action = new PlanAction(_actions.Select(a => a.Line).DefaultIfEmpty(0).Max() + 1, terms.Kind,
            terms.Description.Trim(), terms.DueOn, ActionStatus.Open, null, null);
        _actions.Add(action);
        _changes.Add(new PlanChange(now, byUserId, $"新增行动{action.Line}：{action.Description}"));
        return action;
    }

    private static string StatusName(ActionStatus s) => s switch
    {
        ActionStatus.Done => "已完成",
        ActionStatus.Dropped => "已放弃",
        _ => "待办",
    };

    private static string Describe(PlanAction before, PlanAction after)
    {
        var parts = new List<string>();
        if (before.Status != after.Status)
            parts.Add("状态 " + StatusName(before.Status) + "→" + StatusName(after.Status));
        if (before.DueOn != after.DueOn)
            parts.Add("完成日期 " + before.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                + "→" + after.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (before.Note != after.Note)
            parts.Add("备注：" + after.Note);
        return parts.Count == 0 ? "无变化" : string.Join("；", parts);
    }
}
