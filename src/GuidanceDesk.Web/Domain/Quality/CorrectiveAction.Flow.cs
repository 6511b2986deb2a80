namespace GuidanceDesk.Web.Domain;

public sealed partial class CorrectiveAction
{
    /// <summary>The owner records the root cause and the planned action; the action is then under way.</summary>
    public void Plan(string rootCause, string plannedAction, string byName, DateTimeOffset now)
    {
        if (!AwaitsOwner)
            throw new DomainRuleException("措施已实施，不能再修改原因和计划", nameof(Status));
        RootCause = Text(rootCause, "请分析问题的根本原因", nameof(RootCause), MaxText);
        PlannedAction = Text(plannedAction, "请填写拟采取的措施", nameof(PlannedAction), MaxText);
        Status = CorrectiveActionStatus.InProgress;
        _events.Add(new CorrectiveActionEvent(CorrectiveActionEventKind.Planned, now, byName, null));
    }

    /// <summary>A manager or the head gives the action to another owner or moves its due date.</summary>
    public void Reassign(ActionOwner owner, DateOnly dueOn, DateOnly today, string byName, DateTimeOffset now)
    {
        if (!AwaitsOwner)
            throw new DomainRuleException("措施已实施，不能再更换责任人或期限", nameof(Status));
        if (dueOn < today)
            throw new DomainRuleException("完成期限不能早于今天", nameof(DueOn));
        var moved = dueOn != DueOn;
        OwnerStaffId = owner.StaffId;
        OwnerName = owner.Name;
        DueOn = dueOn;
        if (moved)
            EscalationLevel = 0;
        _events.Add(new CorrectiveActionEvent(CorrectiveActionEventKind.Reassigned, now, byName,
            $"责任人：{owner.Name}；期限：{dueOn:yyyy-MM-dd}"));
    }

    public void Implement(string note, string byName, DateTimeOffset now)
    {
        if (Status != CorrectiveActionStatus.InProgress)
            throw new DomainRuleException("请先填写原因分析和措施计划", nameof(Status));
        ImplementationNote = Text(note, "请说明措施的实施情况", nameof(ImplementationNote), MaxText);
        ImplementedAt = now;
        Status = CorrectiveActionStatus.Implemented;
        _events.Add(new CorrectiveActionEvent(CorrectiveActionEventKind.Implemented, now, byName, null));
    }

    /// <summary>
    /// Someone other than the owner checks the effect. Effective: verified, ready to close. Not effective: back to the
    /// owner (in progress) to rethink the cause and the action, with a new due date.
    /// </summary>
    public void Verify(bool effective, string note, long verifierStaffId, string verifierName, DateOnly? newDueOn, DateOnly today, DateTimeOffset now)
    {
        if (Status != CorrectiveActionStatus.Implemented)
            throw new DomainRuleException("措施实施后才能验证效果", nameof(Status));
        if (verifierStaffId == OwnerStaffId)
            throw new DomainRuleException("效果验证须由责任人以外的人员进行", "verifier");
        var text = Text(note, "请填写效果验证情况", nameof(VerificationNote), MaxText);
        if (!effective && (newDueOn is not { } due || due < today))
            throw new DomainRuleException("验证无效时请给出新的完成期限（不早于今天）", "dueOn");
        Effective = effective;
        VerificationNote = text;
        VerifiedByStaffId = verifierStaffId;
        VerifiedByName = verifierName;
        VerifiedAt = now;
        if (effective)
        {
            Status = CorrectiveActionStatus.Verified;
            _events.Add(new CorrectiveActionEvent(CorrectiveActionEventKind.VerifiedEffective, now, verifierName, text));
            return;
        }
        Status = CorrectiveActionStatus.InProgress;
        DueOn = newDueOn!.Value;
        EscalationLevel = 0;
        _events.Add(new CorrectiveActionEvent(CorrectiveActionEventKind.VerifiedNotEffective, now, verifierName, text));
    }

    public void Close(string byName, DateTimeOffset now)
    {
        if (Status != CorrectiveActionStatus.Verified)
            throw new DomainRuleException("措施须经效果验证有效后才能关闭", nameof(Status));
        Status = CorrectiveActionStatus.Closed;
        ClosedAt = now;
        _events.Add(new CorrectiveActionEvent(CorrectiveActionEventKind.Closed, now, byName, null));
    }

    /// <summary>
    /// The overdue notice due now, if any: 1 = tell the owner (first day overdue), 2 = tell the head (overdue since
    /// <paramref name="headFrom"/>). Each goes once per due date; 0 = nothing to send.
    /// </summary>
    public int Escalate(DateOnly today, DateOnly headFrom, DateTimeOffset now)
    {
        if (!IsOverdue(today))
            return 0;
        if (EscalatedForDueOn != DueOn)
        {
            EscalatedForDueOn = DueOn;
            EscalationLevel = 0;
        }
        var level = EscalationLevel == 0 ? 1 : EscalationLevel == 1 && today >= headFrom ? 2 : 0;
        if (level == 0)
            return 0;
        EscalationLevel = level;
        _events.Add(new CorrectiveActionEvent(level == 1 ? CorrectiveActionEventKind.OverdueToOwner : CorrectiveActionEventKind.OverdueToHead,
            now, "系统", level == 1 ? "逾期未完成，已提醒责任人" : "逾期未完成，已报告负责人"));
        return level;
    }
}
