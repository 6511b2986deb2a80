namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One line of the append-only audit log (R-4.4d): who did what to which person's record, when, from where.
/// The data layer refuses to update or delete these rows, and so do database triggers.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string? userId, string? userName, long? serviceUnitId, AuditAction action,
        string entityType, string? entityId, string? fields, string? ipAddress)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        ServiceUnitId = serviceUnitId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Fields = fields;
        IpAddress = ipAddress;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserId { get; private set; }
    public string? UserName { get; private set; }
    /// <summary>The unit of the record touched, so that a unit head sees their unit's trail.</summary>
    public long? ServiceUnitId { get; private set; }
    public AuditAction Action { get; private set; }
    public string EntityType { get; private set; } = "";
    /// <summary>The record's id; for a search, the ids of the hits (comma-separated, capped).</summary>
    public string? EntityId { get; private set; }
    /// <summary>Which fields were read, revealed or changed (comma-separated), or the search criteria.</summary>
    public string? Fields { get; private set; }
    public string? IpAddress { get; private set; }
}

public enum AuditAction
{
    View = 1,
    Search = 2,
    Export = 3,
    Create = 4,
    Update = 5,
    Reveal = 6,
    Delete = 7,
    SignIn = 8,
    SignInFailed = 9,
}
