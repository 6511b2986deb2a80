namespace GuidanceDesk.Web.Domain;

public sealed partial class GroupSession
{
    private readonly List<GroupSessionParticipant> _participants = [];

    public IReadOnlyList<GroupSessionParticipant> Participants => _participants;

    public int SeatsLeft => Math.Max(0, Capacity - ParticipantCount);

    /// <summary>
    /// A worker joins: in the portal until the session starts, or added by staff until it is held (walk-ins at the door).
    /// Someone who joins after the materials went out gets them at once (7.1.2): the caller sends them in the same
    /// transaction when <see cref="GroupSessionParticipant.MaterialsSentAt"/> is set.
    /// </summary>
    public GroupSessionParticipant Join(long workerId, ParticipantSource source, long? recordingConsentId, DateTimeOffset now)
    {
        EnsurePlanned();
        if (source == ParticipantSource.Portal && now >= StartsAt)
            throw new DomainRuleException("活动已开始，不能再报名", "workerId");
        if (_participants.Any(p => p.WorkerId == workerId))
            throw new DomainRuleException("该劳动者已报名本场活动", "workerId");
        if (ParticipantCount >= Capacity)
            throw new DomainRuleException("本场活动名额已满", nameof(Capacity));
        var participant = new GroupSessionParticipant(workerId, source, recordingConsentId, now);
        if (MaterialsSentOn is not null)
            participant.MaterialsSent(now);
        _participants.Add(participant);
        ParticipantCount = _participants.Count;
        return participant;
    }

    /// <summary>A worker cancels their sign-up before the start; staff may remove someone until the session is held.</summary>
    public void Leave(long workerId, bool byStaff, DateTimeOffset now)
    {
        EnsurePlanned();
        if (!byStaff && now >= StartsAt)
            throw new DomainRuleException("活动已开始，不能再取消报名", "workerId");
        var participant = _participants.FirstOrDefault(p => p.WorkerId == workerId)
            ?? throw new DomainRuleException("该劳动者未报名本场活动", "workerId");
        _participants.Remove(participant);
        ParticipantCount = _participants.Count;
    }

    public GroupSessionParticipant ParticipantOf(long workerId) =>
        _participants.FirstOrDefault(p => p.WorkerId == workerId) ?? throw new DomainRuleException("该劳动者未报名本场活动", "workerId");
}

/// <summary>
/// One worker signed up to a group session: how they came in, when the materials reached them (and when they opened
/// them in the portal), whether they attended, the guidance record that attendance became, and what became of them
/// when the recording was archived.
/// </summary>
public sealed class GroupSessionParticipant
{
    private GroupSessionParticipant() { }

    internal GroupSessionParticipant(long workerId, ParticipantSource source, long? recordingConsentId, DateTimeOffset now)
    {
        WorkerId = workerId;
        Source = source;
        RecordingConsentId = recordingConsentId;
        JoinedAt = now;
    }

    public long Id { get; private set; }
    public long GroupSessionId { get; private set; }
    public long WorkerId { get; private set; }
    public ParticipantSource Source { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    /// <summary>When the materials (the latest sending of them) reached this participant; null = not yet.</summary>
    public DateTimeOffset? MaterialsSentAt { get; private set; }
    /// <summary>When the worker first opened the materials in the portal.</summary>
    public DateTimeOffset? MaterialsOpenedAt { get; private set; }
    /// <summary>The recording consent (a <see cref="ConsentRecord"/> of kind Recording) given for this session, if any.</summary>
    public long? RecordingConsentId { get; private set; }
    public bool? Attended { get; private set; }
    public long? GuidanceRecordId { get; private set; }
    public RecordingOutcome? RecordingOutcome { get; private set; }
    public long? RecordingItemId { get; private set; }
    /// <summary>The case the recording was filed on (the attendee's open or latest case), for the archive's completeness.</summary>
    public long? RecordingCaseId { get; private set; }

    internal void MaterialsSent(DateTimeOffset now) => MaterialsSentAt = now;

    internal void RecordAttendance(bool attended) => Attended = attended;

    public void MarkOpened(DateTimeOffset now) => MaterialsOpenedAt ??= now;

    public void GiveRecordingConsent(long consentRecordId) => RecordingConsentId = consentRecordId;

    public void LinkGuidanceRecord(long recordId) => GuidanceRecordId = recordId;

    public void RecordRecording(RecordingOutcome outcome, long? itemId, long? caseId)
    {
        RecordingOutcome = outcome;
        RecordingItemId = itemId;
        RecordingCaseId = outcome == Domain.RecordingOutcome.Filed ? caseId : null;
    }
}
