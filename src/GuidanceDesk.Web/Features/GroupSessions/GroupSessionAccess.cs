using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// Who reaches a group session: guidance staff (counselor, manager, head) of its unit run it; city-level staff reach
/// every unit's; anyone else — another unit's staff included — gets 404. A worker reaches the sessions of their own unit
/// through the portal. Only a manager or the head records why materials went late. Changes and reads are audited.
/// </summary>
public sealed class GroupSessionAccess(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public const string EntityType = "GroupSession";

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);

    public string UserId => user.UserId ?? "";

    public long? UnitId => user.ServiceUnitId;

    public bool IsCityLevel => user.IsCityLevel;

    public long? WorkerId => user.IsInRole(Roles.Worker) ? user.WorkerId : null;

    public bool IsStaff => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    /// <summary>专业管理人员 or 负责人: the people who may excuse late materials (7.1.2).</summary>
    public bool IsManager => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public IQueryable<GroupSession> Sessions()
    {
        if (!IsStaff)
            return db.GroupSessions.Where(_ => false);
        if (user.IsCityLevel)
            return db.GroupSessions;
        var unit = user.ServiceUnitId;
        return db.GroupSessions.Where(s => s.ServiceUnitId == unit);
    }

    /// <summary>The session with its participants, tracked for a change; 404 outside the caller's reach.</summary>
    public async Task<GroupSession> LoadAsync(long id, CancellationToken ct) =>
        await Sessions().Include(s => s.Participants).FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();

    public void EnsureStaff()
    {
        if (!IsStaff)
            throw new ForbiddenException("只有职业指导人员、专业管理人员或负责人可以办理团体指导");
    }

    public void EnsureManager()
    {
        if (!IsManager)
            throw new ForbiddenException("宣讲材料逾期的原因须由专业管理人员或负责人记录");
    }

    /// <summary>The worker signed in to the portal; anyone else is refused (403).</summary>
    public long EnsureWorker() => WorkerId ?? throw new ForbiddenException("只有劳动者本人可以在网上服务大厅报名");

    public void Changed(GroupSession s, AuditAction action, string what) =>
        audit.Changed(db, action, EntityType, Key(s.Id), s.ServiceUnitId, what);

    public void Read(long id, long unitId, string what) => audit.Read(AuditAction.View, EntityType, Key(id), unitId, what);

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
