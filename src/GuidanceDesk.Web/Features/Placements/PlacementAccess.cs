using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// Who reaches which placement: staff of the worker's unit (city level: all), the worker their own, the employer those
/// the agency referred to them (never one still only proposed). Outside that, 404 so that nothing leaks.
/// </summary>
public sealed class PlacementAccess(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public const string EntityType = "Placement";

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);

    public bool IsEmployer => user.IsInRole(Roles.Employer);

    public IQueryable<Placement> Scope(IQueryable<Placement> q)
    {
        if (user.IsInRole(Roles.Worker))
            return user.WorkerId is { } w ? q.Where(p => p.WorkerId == w) : q.Where(_ => false);
        if (IsEmployer)
            return user.EmployerId is { } e ? q.Where(p => p.EmployerId == e && p.Status != PlacementStatus.Proposed) : q.Where(_ => false);
        if (!user.CanReadClients)
            return q.Where(_ => false);
        return user.IsCityLevel ? q : q.Where(p => p.ServiceUnitId == user.ServiceUnitId);
    }

    public async Task<Placement> LoadAsync(long id, CancellationToken ct) =>
        await Scope(db.Placements).FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();

    /// <summary>Placements are made and moved on by staff who do guidance work (Head, Manager, Counselor).</summary>
    public void EnsureStaff()
    {
        if (!(user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head)))
            throw new NotFoundException();
    }

    public long? StaffId => user.StaffMemberId;

    public void Audit(Placement p, AuditAction action, string fields) =>
        audit.Changed(db, action, EntityType, p.Id.ToString(CultureInfo.InvariantCulture), p.ServiceUnitId, fields);

    public void Read(Placement p, string fields) =>
        audit.Read(AuditAction.View, EntityType, p.Id.ToString(CultureInfo.InvariantCulture), p.ServiceUnitId, fields);
}
