namespace GuidanceDesk.Web.Domain;

public sealed partial class CaseReferral
{
    /// <summary>
    /// Sends the referral: only with the worker's consent (8.1.2) and a complete form (8.1.3). The case's guidance records
    /// at this moment go with it.
    /// </summary>
    public void Send(IReadOnlyList<long> recordIds, DateOnly answerDueOn, Actor by, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Draft)
            throw new DomainRuleException("该转介已发出或已结束", nameof(Status));
        if (ConsentRecordId is null)
            throw new DomainRuleException("须经劳动者同意才能转介（8.1.2）", "consent");
        if (Form.Missing() is { } missing)
            throw new DomainRuleException(missing.Message, "form." + char.ToLowerInvariant(missing.Field[0]) + missing.Field[1..]);
        _handedOverRecordIds = [.. recordIds];
        Status = ReferralStatus.Sent;
        SentAt = now;
        AnswerDueOn = answerDueOn;
        _events.Add(new ReferralEvent(ReferralEventKind.Sent, now, by.Name,
            recordIds.Count == 0 ? "未附指导记录" : $"随附指导记录 {recordIds.Count} 份"));
    }

    /// <summary>The receiving counselor takes the case on; the interview must then be booked by <paramref name="interviewDueOn"/>.</summary>
    public void Accept(DateOnly interviewDueOn, string? note, Actor by, DateTimeOffset now)
    {
        EnsureAwaitingAnswer();
        if (Target != ReferralTarget.Counselor)
            throw new DomainRuleException("外部机构的答复由转出人记录", nameof(Target));
        Status = ReferralStatus.Accepted;
        Answered(note, by, now);
        InterviewDueOn = interviewDueOn;
        _events.Add(new ReferralEvent(ReferralEventKind.Accepted, now, by.Name, note));
    }

    public void Decline(string reason, Actor by, DateTimeOffset now)
    {
        EnsureAwaitingAnswer();
        if (Target != ReferralTarget.Counselor)
            throw new DomainRuleException("外部机构的答复由转出人记录", nameof(Target));
        var why = Required(reason, "请说明拒绝的原因", "reason");
        Status = ReferralStatus.Declined;
        Answered(why, by, now);
        ClosedAt = now;
        _events.Add(new ReferralEvent(ReferralEventKind.Declined, now, by.Name, why));
    }

    /// <summary>An outside agency answered (by phone, letter …); the sender records what it said.</summary>
    public void RecordAgencyReply(bool accepted, string reply, Actor by, DateTimeOffset now)
    {
        EnsureAwaitingAnswer();
        if (Target != ReferralTarget.Agency)
            throw new DomainRuleException("接收的职业指导人员须自行接收或拒绝", nameof(Target));
        var text = Required(reply, "请记录机构的答复", "reply");
        Status = accepted ? ReferralStatus.Accepted : ReferralStatus.Declined;
        Answered(text, by, now);
        if (!accepted)
            ClosedAt = now;
        _events.Add(new ReferralEvent(ReferralEventKind.AgencyReplied, now, by.Name, (accepted ? "机构同意接收：" : "机构未接收：") + text));
    }

    /// <summary>8.1.4: the receiver booked the interview with the worker.</summary>
    public void BookInterview(long appointmentId, DateTimeOffset at, Actor by, DateTimeOffset now)
    {
        if (Target != ReferralTarget.Counselor || Status != ReferralStatus.Accepted)
            throw new DomainRuleException("接收后才能预约面谈", nameof(Status));
        AppointmentId = appointmentId;
        InterviewAt = at;
        InterviewBookedAt = now;
        Status = ReferralStatus.InterviewBooked;
        _events.Add(new ReferralEvent(ReferralEventKind.InterviewBooked, now, by.Name, null));
    }

    /// <summary>What came of it: after the interview (counselor) or the agency's service (agency).</summary>
    public void Complete(string outcome, Actor by, DateTimeOffset now)
    {
        var ready = Target == ReferralTarget.Counselor ? Status == ReferralStatus.InterviewBooked : Status == ReferralStatus.Accepted;
        if (!ready)
            throw new DomainRuleException(Target == ReferralTarget.Counselor ? "预约面谈后才能记录转介结果" : "机构同意接收后才能记录转介结果", nameof(Status));
        Outcome = Required(outcome, "请填写转介结果", "outcome");
        Status = ReferralStatus.Completed;
        ClosedAt = now;
        _events.Add(new ReferralEvent(ReferralEventKind.Completed, now, by.Name, Outcome));
    }

    /// <summary>The sender takes it back before it is answered (a mistake, the situation changed).</summary>
    public void Cancel(string reason, Actor by, DateTimeOffset now)
    {
        if (Status is not (ReferralStatus.Draft or ReferralStatus.Sent))
            throw new DomainRuleException("已接收或已结束的转介不能撤回", nameof(Status));
        var why = Required(reason, "请说明撤回的原因", "reason");
        Status = ReferralStatus.Cancelled;
        ClosedAt = now;
        _events.Add(new ReferralEvent(ReferralEventKind.Cancelled, now, by.Name, why));
    }

    /// <summary>The worker withdrew consent (8.1.2): whatever is under way stops, at any step before completion.</summary>
    public void StopForWithdrawnConsent(Actor by, DateTimeOffset now)
    {
        if (!IsOpen)
            throw new DomainRuleException("该转介已结束", nameof(Status));
        Status = ReferralStatus.Cancelled;
        ClosedAt = now;
        _events.Add(new ReferralEvent(ReferralEventKind.ConsentWithdrawn, now, by.Name,
            ConsentRecordId is null ? "劳动者不同意转介，转介终止" : "劳动者撤回同意，转介终止"));
    }

    private void EnsureAwaitingAnswer()
    {
        if (Status != ReferralStatus.Sent)
            throw new DomainRuleException("该转介不在待接收状态", nameof(Status));
    }

    private void Answered(string? note, Actor by, DateTimeOffset now)
    {
        AnsweredAt = now;
        AnsweredByName = by.Name;
        AnswerNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private static string Required(string? s, string message, string field) =>
        string.IsNullOrWhiteSpace(s) ? throw new DomainRuleException(message, field) : s.Trim();
}
