namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 满意度反馈表 (7.2.2g, 9.2.1): one invitation to one client — a worker, or an employer for an employer's case — on one
/// occasion (a case closed, a group session attended, every N guidance records of a case), and at most one response.
/// The occasion key is unique, so an occasion never invites twice. The links (unit, counselor, service kind, channel,
/// case or session) are kept for the index's groupings; who answered is never shown to the counselor.
/// </summary>
public sealed class SatisfactionSurvey : IVersioned, IUnitOwned
{
    public const int MaxKeyLength = 80;

    private SatisfactionSurvey() { }

    public SatisfactionSurvey(SurveyOccasion occasion, string occasionKey, long serviceUnitId, long? workerId, long? employerId,
        SurveyLinks links, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        if ((workerId is null) == (employerId is null))
            throw new DomainRuleException("满意度调查须发给一名劳动者或一家用人单位", "respondent");
        if (expiresAt <= now)
            throw new DomainRuleException("调查的截止时间须晚于发出时间", nameof(ExpiresAt));
        Occasion = occasion;
        OccasionKey = occasionKey.Length <= MaxKeyLength ? occasionKey : throw new ArgumentException("occasion key too long", nameof(occasionKey));
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        EmployerId = employerId;
        CaseId = links.CaseId;
        EmployerCaseId = links.EmployerCaseId;
        GroupSessionId = links.GroupSessionId;
        CounselorId = links.CounselorId;
        Service = links.Service;
        Channel = links.Channel;
        InvitedAt = now;
        ExpiresAt = expiresAt;
    }

    public long Id { get; private set; }
    public SurveyOccasion Occasion { get; private set; }
    /// <summary>Names the occasion, e.g. <c>case:12:closed</c>; unique.</summary>
    public string OccasionKey { get; private set; } = "";
    public long ServiceUnitId { get; private set; }
    public long? WorkerId { get; private set; }
    public long? EmployerId { get; private set; }
    public long? CaseId { get; private set; }
    public long? EmployerCaseId { get; private set; }
    public long? GroupSessionId { get; private set; }
    public long? CounselorId { get; private set; }
    public ServiceKind? Service { get; private set; }
    public Channel Channel { get; private set; }
    public DateTimeOffset InvitedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsAnswered => RespondedAt is not null;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>
    /// Takes the answers (indexed like <see cref="SurveyItems.All"/>): once only, before the deadline. A paper form typed in
    /// by staff is accepted after the deadline when it was filled in before it (<paramref name="filledOn"/>).
    /// </summary>
    public SatisfactionResponse Respond(IReadOnlyList<int> answers, string? comment, ResponseMode mode, string? enteredByUserId,
        DateTimeOffset now, DateTimeOffset? filledOn = null)
    {
        if (IsAnswered)
            throw new DomainRuleException("该满意度调查已提交，不能重复提交", nameof(RespondedAt));
        if (IsExpired(filledOn ?? now))
            throw new DomainRuleException($"该满意度调查已于 {ExpiresAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 截止，不能再提交", nameof(ExpiresAt));
        if (mode == ResponseMode.Paper && string.IsNullOrEmpty(enteredByUserId))
            throw new DomainRuleException("纸质反馈表须由工作人员录入", "enteredBy");
        RespondedAt = now;
        return new SatisfactionResponse(this, answers, comment, mode, mode == ResponseMode.Paper ? enteredByUserId : null, now);
    }
}

/// <summary>What an invitation is linked to, for reporting.</summary>
public sealed record SurveyLinks(long? CaseId, long? EmployerCaseId, long? GroupSessionId, long? CounselorId, ServiceKind? Service, Channel Channel);

public enum SurveyOccasion
{
    CaseClosed = 1,           // 个案结案
    GroupSessionAttended = 2, // 参加团体指导
    GuidanceRecords = 3,      // 每 N 次指导服务
    EmployerCaseClosed = 4,   // 用人单位个案结案
}

public enum ResponseMode
{
    Portal = 1, // 网上服务大厅填写
    Paper = 2,  // 纸质反馈表，工作人员录入
}
