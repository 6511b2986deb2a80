using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>One line of the session list: when, what, how full, and where the materials stand (7.1.2).</summary>
public sealed record GroupSessionLine(long Id, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Channel Channel, string? Place,
    int Capacity, int ParticipantCount, string FacilitatorName, GroupSessionStatus Status, DateOnly MaterialsDeadline,
    MaterialsState MaterialsState, int Materials, bool LateReasonRecorded);

public sealed record GroupSessionFilter(DateOnly? From = null, DateOnly? To = null, GroupSessionStatus? Status = null,
    MaterialsState? Materials = null, int Page = 1, int PageSize = 50);

public sealed record MaterialView(int Line, string Title, string FileName, long Length, DateTimeOffset AddedAt, string AddedByName, DateTimeOffset? SentAt);

public sealed record ParticipantView(long WorkerId, string WorkerName, ParticipantSource Source, DateTimeOffset JoinedAt,
    DateTimeOffset? MaterialsSentAt, DateTimeOffset? MaterialsOpenedAt, bool RecordingConsent, bool? Attended, long? GuidanceRecordId,
    RecordingOutcome? RecordingOutcome, long? RecordingItemId);

/// <summary>What the caller may do on the session now (the page shows those forms, the API refuses the rest).</summary>
public sealed record SessionCan(bool Edit, bool AddMaterials, bool Send, bool MarkReady, bool RecordLateReason, bool MarkHeld,
    bool Cancel, bool UploadRecording, bool ManageParticipants);

/// <summary>A group session with everything its page shows: the deadline and why, materials, participants, recording.</summary>
public sealed record GroupSessionView(long Id, long ServiceUnitId, string UnitName, long? GuidanceProjectId, string Topic,
    IReadOnlyList<ServiceItems> ServiceItems, string? Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Channel Channel,
    string? Place, string? OnlineLink, int Capacity, int ParticipantCount, int SeatsLeft, long FacilitatorStaffId, string FacilitatorName,
    GroupSessionStatus Status, DateOnly MaterialsDeadline, DeadlineNote DeadlineNote, MaterialsState MaterialsState, bool MaterialsLate,
    DateTimeOffset? MaterialsReadyAt, DateTimeOffset? MaterialsSentAt, DateTimeOffset? MaterialsFlaggedAt, int MaterialsSendings,
    string? LateReason, string? LateReasonByName, DateTimeOffset? LateReasonAt,
    DateTimeOffset? HeldAt, string? HeldByName, DateTimeOffset? CancelledAt, string? CancelReason,
    IReadOnlyList<MaterialView> Materials, IReadOnlyList<ParticipantView> Participants,
    DateTimeOffset? RecordingUploadedAt, string? RecordingByName, int RecordingFiled, int RecordingLeftOut,
    string CreatedByName, DateTimeOffset CreatedAt, int Version, SessionCan Can);

/// <summary>A session as the worker sees it in the portal: no other participant's name.</summary>
public sealed record PortalSessionView(long Id, string Topic, string? Description, IReadOnlyList<ServiceItems> ServiceItems,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, Channel Channel, string? Place, string? OnlineLink, string FacilitatorName,
    int SeatsLeft, GroupSessionStatus Status, bool SignedUp, bool RecordingConsent, DateTimeOffset? MaterialsSentAt, bool MaterialsOpened,
    IReadOnlyList<MaterialView> Materials, bool CanSignUp, bool CanCancel);
