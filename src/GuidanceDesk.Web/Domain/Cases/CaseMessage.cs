namespace GuidanceDesk.Web.Domain;

/// <summary>A secure message between the worker and their counselor inside the case (6.1.7); kept with the case.</summary>
public sealed class CaseMessage : IUnitOwned
{
    public const int MaxLength = 2000;

    private CaseMessage() { }

    public CaseMessage(long serviceUnitId, long caseId, bool fromWorker, string senderUserId, string senderName, string body, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(body))
            throw new DomainRuleException("消息不能为空", nameof(Body));
        if (body.Length > MaxLength)
            throw new DomainRuleException($"消息不超过{MaxLength}字", nameof(Body));
        ServiceUnitId = serviceUnitId;
        CaseId = caseId;
        FromWorker = fromWorker;
        SenderUserId = senderUserId;
        SenderName = senderName;
        Body = body.Trim();
        SentAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long CaseId { get; private set; }
    public bool FromWorker { get; private set; }
    public string SenderUserId { get; private set; } = "";
    public string SenderName { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
