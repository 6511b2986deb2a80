namespace GuidanceDesk.Web.Data;

/// <summary>
/// The stored outcome of a creating POST sent with an Idempotency-Key, so that a retried request gets the same answer
/// instead of creating a second record.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int? StatusCode { get; set; }
    public string? Location { get; set; }
    public string? ResponseBody { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
