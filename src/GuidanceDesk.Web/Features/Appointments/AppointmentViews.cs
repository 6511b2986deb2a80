using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Appointments;

public sealed record SlotView(long Id, long CounselorId, string CounselorName, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    Channel? Channel, bool ReservedForPriority, bool HeldForPriority, bool IsBooked);

public sealed record AppointmentView(long Id, long ServiceUnitId, long WorkerId, string WorkerName, bool IsPriority,
    long CounselorId, string CounselorName, long? SlotId, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    IReadOnlyList<ServiceItems> Purposes, Channel Channel, BookingSource Source, string? DifficultyNote,
    AppointmentStatus Status, string? CancelReason, bool CancelledByWorker, DateTimeOffset? ArrivedAt, long? CaseId,
    int RescheduleCount, DateTimeOffset CreatedAt, int Version);
