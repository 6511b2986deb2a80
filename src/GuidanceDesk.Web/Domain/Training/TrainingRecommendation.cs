namespace GuidanceDesk.Web.Domain;

/// <summary>
/// A course recommended to a worker in training guidance (5.1d, 7.1.5). The guidance record it came with is the service
/// as the timeline and the archive show it; this row keeps which course and provider, so that "who was sent where"
/// can be answered after the course text in the record was written. Made only when the provider could be recommended.
/// </summary>
public sealed class TrainingRecommendation : IUnitOwned
{
    public const int MaxNote = 1000;

    private TrainingRecommendation() { }

    public TrainingRecommendation(long serviceUnitId, long caseId, long workerId, long courseId, long providerId, long guidanceRecordId,
        string? note, string recommendedByUserId, string recommendedByName, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        CaseId = caseId;
        WorkerId = workerId;
        CourseId = courseId;
        ProviderId = providerId;
        GuidanceRecordId = guidanceRecordId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecommendedByUserId = recommendedByUserId;
        RecommendedByName = recommendedByName;
        RecommendedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long CaseId { get; private set; }
    public long WorkerId { get; private set; }
    public long CourseId { get; private set; }
    public long ProviderId { get; private set; }
    public long GuidanceRecordId { get; private set; }
    public string? Note { get; private set; }
    public string RecommendedByUserId { get; private set; } = "";
    public string RecommendedByName { get; private set; } = "";
    public DateTimeOffset RecommendedAt { get; private set; }
}
