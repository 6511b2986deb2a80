namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 就业计划 (6.1.4): goals, actions with due dates, a period and a follow-up cadence. It becomes active only with the
/// worker's recorded agreement (协商一致); a plan made in review (6.1.6) links to the one it replaces.
/// </summary>
public sealed partial class EmploymentPlan : IVersioned, IUnitOwned
{
    public const int MaxPeriodDays = 366;
    public const int MaxCadenceDays = 60;
    /// <summary>R-7.1.11: employment-assistance targets are followed up at least this often.</summary>
    public const int PriorityMaxCadenceDays = 14;

    private readonly List<PlanAction> _actions = [];
    private readonly List<PlanChange> _changes = [];

    private EmploymentPlan() { }

    public EmploymentPlan(long serviceUnitId, long caseId, long workerId, int sequence, long? previousPlanId,
        PlanTerms terms, bool isPriority, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        CaseId = caseId;
        WorkerId = workerId;
        Sequence = sequence;
        PreviousPlanId = previousPlanId;
        Status = PlanStatus.Draft;
        CreatedAt = now;
        Revise(terms, isPriority);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long CaseId { get; private set; }
    public long WorkerId { get; private set; }
    /// <summary>1 for the first plan of a case, 2 for the plan made at the first review, and so on.</summary>
    public int Sequence { get; private set; }
    public long? PreviousPlanId { get; private set; }
    public string Goal { get; private set; } = "";
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public int FollowUpEveryDays { get; private set; }
    public PlanStatus Status { get; private set; }
    public PlanAgreement? Agreement { get; private set; }
    public IReadOnlyList<PlanAction> Actions => _actions;
    /// <summary>Adjustments made while the plan ran (6.1.5), with who and why.</summary>
    public IReadOnlyList<PlanChange> Changes => _changes;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>A draft is edited freely until the worker agrees.</summary>
    public void Revise(PlanTerms terms, bool isPriority)
    {
        if (Status != PlanStatus.Draft)
            throw new DomainRuleException("计划已生效，只能调整行动项", nameof(Status));
        if (string.IsNullOrWhiteSpace(terms.Goal))
            throw new DomainRuleException("请填写计划目标", nameof(Goal));
        if (terms.PeriodEnd <= terms.PeriodStart)
            throw new DomainRuleException("计划结束日期应晚于开始日期", nameof(PeriodEnd));
        if (terms.PeriodEnd.DayNumber - terms.PeriodStart.DayNumber > MaxPeriodDays)
            throw new DomainRuleException("计划期限不超过一年", nameof(PeriodEnd));
        var maxCadence = isPriority ? PriorityMaxCadenceDays : MaxCadenceDays;
        if (terms.FollowUpEveryDays < 1 || terms.FollowUpEveryDays > maxCadence)
            throw new DomainRuleException(isPriority
                ? $"就业援助对象至少每{PriorityMaxCadenceDays}天跟进一次（7.1.11）"
                : $"跟进间隔应在1至{MaxCadenceDays}天之间", nameof(FollowUpEveryDays));
        if (terms.Actions.Count == 0)
            throw new DomainRuleException("请至少列出一项具体行动", "actions");
        foreach (var a in terms.Actions)
            PlanAction.Check(a.Description, a.DueOn, terms.PeriodStart, terms.PeriodEnd);
        Goal = terms.Goal.Trim();
        PeriodStart = terms.PeriodStart;
        PeriodEnd = terms.PeriodEnd;
        FollowUpEveryDays = terms.FollowUpEveryDays;
        _actions.Clear();
        _actions.AddRange(terms.Actions.Select((a, i) => new PlanAction(i + 1, a.Kind, a.Description.Trim(), a.DueOn, ActionStatus.Open, null, null)));
    }

    /// <summary>
    /// The worker agrees (in person with a signature, or in the portal) and the plan starts; returns the follow-up
    /// dates of its cadence. Without an agreement there is no active plan (API 422).
    /// </summary>
    public IReadOnlyList<DateOnly> Activate(PlanAgreement? agreement, DateOnly today, DateTimeOffset now)
    {
        if (Status != PlanStatus.Draft)
            throw new DomainRuleException("该计划已生效或已结束", nameof(Status));
        if (agreement is null || string.IsNullOrWhiteSpace(agreement.AgreedBy))
            throw new DomainRuleException("就业计划须经劳动者同意（签字或在线确认）后才能生效（6.1.4）", "agreement");
        if (PeriodEnd < today)
            throw new DomainRuleException("计划期限已过，请修改期限", nameof(PeriodEnd));
        Agreement = agreement;
        Status = PlanStatus.Active;
        ActivatedAt = now;
        return FollowUpDates(today);
    }

    /// <summary>Follow-ups every <see cref="FollowUpEveryDays"/> from the later of start and today, the last on the end date.</summary>
    public IReadOnlyList<DateOnly> FollowUpDates(DateOnly today)
    {
        var from = PeriodStart > today ? PeriodStart : today;
        var dates = new List<DateOnly>();
        for (var d = from.AddDays(FollowUpEveryDays); d < PeriodEnd; d = d.AddDays(FollowUpEveryDays))
            dates.Add(d);
        dates.Add(PeriodEnd);
        return dates;
    }

    /// <summary>The period ended without employment (6.1.6): the plan is closed for review.</summary>
    public void Expire(DateTimeOffset now)
    {
        EnsureActive();
        Status = PlanStatus.Expired;
        EndedAt = now;
    }

    /// <summary>The case closed (e.g. employed) while the plan ran.</summary>
    public void Complete(DateTimeOffset now)
    {
        if (Status is PlanStatus.Active or PlanStatus.Draft)
        {
            Status = Status == PlanStatus.Active ? PlanStatus.Completed : PlanStatus.Withdrawn;
            EndedAt = now;
        }
    }

    private void EnsureActive()
    {
        if (Status != PlanStatus.Active)
            throw new DomainRuleException("计划未在执行中", nameof(Status));
    }
}

public enum PlanStatus { Draft = 1, Active = 2, Expired = 3, Completed = 4, Withdrawn = 5 }

public enum ActionKind { JobSearch = 1, Training = 2, Placement = 3, Assessment = 4, Other = 9 }

public enum ActionStatus { Open = 1, Done = 2, Dropped = 3 }

public enum AgreementMethod { SignedInPerson = 1, ConfirmedOnline = 2 }

/// <summary>The worker's agreement: how, when and by whom .</summary>
public sealed record PlanAgreement(AgreementMethod Method, Channel Channel, DateTimeOffset AgreedAt, string AgreedBy, string RecordedByUserId);

public sealed record PlanTerms(string Goal, DateOnly PeriodStart, DateOnly PeriodEnd, int FollowUpEveryDays, IReadOnlyList<PlanActionTerms> Actions);

public sealed record PlanActionTerms(ActionKind Kind, string Description, DateOnly DueOn);

public sealed record PlanChange(DateTimeOffset At, string ByUserId, string Text);
