using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>A line of a complaint list: the complainant's name and phone masked.</summary>
public sealed record ComplaintListItem(long Id, string TrackingNumber, long ServiceUnitId, string UnitName, ComplaintCategory Category,
    ComplaintChannel Channel, ComplaintStatus Status, DateTimeOffset ReceivedAt, DateOnly DueOn, bool Overdue, string? HandlerName,
    string Complainant, string? PhoneMasked);

/// <summary>An action raised from the complaint, as its page links it.</summary>
public sealed record LinkedAction(long Id, CorrectiveActionKind Kind, CorrectiveActionStatus Status, string OwnerName, DateOnly DueOn);

/// <summary>A complaint as its unit's managers and its handler see it; <see cref="Phone"/> in full, for calling back (audited).</summary>
public sealed record ComplaintView(long Id, string TrackingNumber, long ServiceUnitId, string UnitName, ComplaintChannel Channel,
    ComplaintCategory Category, string Description, DateOnly? ServiceDate, string? ComplainantName, bool Anonymous, string? Phone,
    string? PhoneMasked, long? WorkerId, long? EmployerId, DateTimeOffset ReceivedAt, DateOnly DueOn, bool Overdue, ComplaintStatus Status,
    long? HandlerStaffId, string? HandlerName, string? Investigation, string? Resolution, string? Reply, DateTimeOffset? RepliedAt,
    bool? Satisfied, string? FeedbackComment, DateTimeOffset? FeedbackAt, DateTimeOffset? ClosedAt, IReadOnlyList<ComplaintEvent> Events,
    IReadOnlyList<LinkedAction> Actions, int Version, bool CanManage, bool CanHandle);

/// <summary>What the complainant sees (public lookup or portal): status and the reply, nothing about staff internals.</summary>
public sealed record ComplaintStatusView(long Id, string TrackingNumber, string UnitName, ComplaintCategory Category, ComplaintStatus Status,
    DateTimeOffset ReceivedAt, DateOnly DueOn, string? Reply, DateTimeOffset? RepliedAt, bool? Satisfied, string? FeedbackComment,
    bool CanGiveFeedback, int Version);
