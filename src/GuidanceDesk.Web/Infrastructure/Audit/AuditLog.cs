using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Infrastructure.Audit;

/// <summary>
/// Writes the audit trail of R-4.4d. A change is audited inside the same transaction as the change itself
/// (<see cref="Changed"/>), so that neither can exist without the other. A read (view, search, reveal, export) is
/// queued and written in batches by <see cref="AuditWriter"/>: reads are the hot path, and a read that is never
/// committed changes nothing, so the only risk is losing the last ~100 ms of read records on a hard crash.
/// </summary>
public sealed class AuditLog(CurrentUser user, AuditBuffer queue, TimeProvider clock)
{
    public const int MaxIdsPerSearchEntry = 50;

    public void Read(AuditAction action, string entityType, string? entityId, long? unitId, string? fields) =>
        queue.Enqueue(Create(action, entityType, entityId, unitId, fields));

    public void Searched(string entityType, IEnumerable<long> hitIds, long? unitId, string criteria)
    {
        var ids = string.Join(',', hitIds.Take(MaxIdsPerSearchEntry));
        queue.Enqueue(Create(AuditAction.Search, entityType, ids, unitId, Truncate(criteria, 2000)));
    }

    /// <summary>A sign-in attempt, successful or not, under the user name that was typed.</summary>
    public void SignIn(string userName, bool succeeded, string channel) =>
        queue.Enqueue(new AuditEntry(clock.GetUtcNow(), null, Truncate(userName, 256), null,
            succeeded ? AuditAction.SignIn : AuditAction.SignInFailed, "User", null, channel, user.IpAddress));

    /// <summary>Adds the entry to <paramref name="db"/>; it is saved with the caller's own SaveChanges.</summary>
    public void Changed(AppDbContext db, AuditAction action, string entityType, string entityId, long? unitId, string? fields) =>
        db.AuditEntries.Add(Create(action, entityType, entityId, unitId, fields));

    private AuditEntry Create(AuditAction action, string entityType, string? entityId, long? unitId, string? fields) =>
        new(clock.GetUtcNow(), user.UserId, user.UserName, unitId, action, entityType, entityId,
            fields is null ? null : Truncate(fields, 2000), user.IpAddress);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
