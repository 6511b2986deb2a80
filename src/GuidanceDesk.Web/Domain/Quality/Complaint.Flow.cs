namespace GuidanceDesk.Web.Domain;

public sealed partial class Complaint
{
    /// <summary>The manager or head acknowledges the complaint and gives it to a handler (again: reassigns it).</summary>
    public void Assign(long handlerStaffId, string handlerName, string byName, DateTimeOffset now)
    {
        if (!AwaitsReply)
            throw new DomainRuleException("只有待办理的投诉可以分派", nameof(Status));
        if (HandlerStaffId == handlerStaffId && Status == ComplaintStatus.Assigned)
            throw new DomainRuleException("该投诉已由此人办理", "handlerStaffId");
        AcknowledgedAt ??= now;
        HandlerStaffId = handlerStaffId;
        HandlerName = handlerName;
        Status = ComplaintStatus.Assigned;
        _events.Add(new ComplaintEvent(ComplaintEventKind.Assigned, now, byName, "办理人：" + handlerName));
    }

    /// <summary>The handler notes what they found so far (may be repeated before replying).</summary>
    public void RecordInvestigation(string investigation, string byName, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Assigned)
            throw new DomainRuleException("分派办理人后才能记录调查情况", nameof(Status));
        Investigation = Required(investigation, "请填写调查核实情况", nameof(Investigation));
        _events.Add(new ComplaintEvent(ComplaintEventKind.Investigated, now, byName, null));
    }

    /// <summary>The handler records what was found and done, and the reply given to the complainant.</summary>
    public void Respond(string investigation, string resolution, string reply, string byName, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Assigned)
            throw new DomainRuleException("分派办理人后才能答复", nameof(Status));
        Investigation = Required(investigation, "请填写调查核实情况", nameof(Investigation));
        Resolution = Required(resolution, "请填写处理结果", nameof(Resolution));
        Reply = Required(reply, "请填写给投诉人的答复", nameof(Reply));
        RepliedAt = now;
        Status = ComplaintStatus.Replied;
        _events.Add(new ComplaintEvent(ComplaintEventKind.Replied, now, byName, Reply));
    }

    /// <summary>
    /// The complainant's verdict on the reply. Satisfied closes it; not satisfied reopens it to the same handler with a
    /// new deadline (<paramref name="reopenDueOn"/>), so the unit answers again.
    /// </summary>
    public void GiveFeedback(bool satisfied, string? comment, DateOnly reopenDueOn, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Replied)
            throw new DomainRuleException("答复后才能评价", nameof(Status));
        if (!satisfied && string.IsNullOrWhiteSpace(comment))
            throw new DomainRuleException("请说明不满意的原因", nameof(FeedbackComment));
        Satisfied = satisfied;
        FeedbackComment = Trimmed(comment) is { } c && c.Length > MaxText ? c[..MaxText] : Trimmed(comment);
        FeedbackAt = now;
        _events.Add(new ComplaintEvent(ComplaintEventKind.Feedback, now, "投诉人", (satisfied ? "满意" : "不满意") +
            (FeedbackComment is null ? "" : "：" + FeedbackComment)));
        if (satisfied)
        {
            Close(now, "投诉人满意", "系统");
            return;
        }
        Status = ComplaintStatus.Assigned;
        DueOn = reopenDueOn;
        RepliedAt = null;
        _events.Add(new ComplaintEvent(ComplaintEventKind.Reopened, now, "系统", "投诉人不满意，重新办理"));
    }

    /// <summary>The manager or head closes a replied complaint the complainant did not rate (or rated and is not pursuing).</summary>
    public void CloseWithoutFeedback(string note, string byName, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Replied)
            throw new DomainRuleException("答复后才能办结", nameof(Status));
        Close(now, Required(note, "请说明办结的理由", "note"), byName);
    }

    /// <summary>The overdue notice for the current deadline went out; false when it already had.</summary>
    public bool Escalate(DateOnly today, DateTimeOffset now)
    {
        if (!IsOverdue(today) || EscalatedForDueOn == DueOn)
            return false;
        EscalatedForDueOn = DueOn;
        _events.Add(new ComplaintEvent(ComplaintEventKind.Escalated, now, "系统", "逾期未答复，已提醒负责人"));
        return true;
    }

    /// <summary>A corrective or preventive action was raised from this complaint (9.1.3).</summary>
    public void NoteActionRaised(long actionId, string byName, DateTimeOffset now) =>
        _events.Add(new ComplaintEvent(ComplaintEventKind.ActionRaised, now, byName,
            "纠正预防措施 #" + actionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private void Close(DateTimeOffset now, string note, string byName)
    {
        Status = ComplaintStatus.Closed;
        ClosedAt = now;
        _events.Add(new ComplaintEvent(ComplaintEventKind.Closed, now, byName, note));
    }
}
