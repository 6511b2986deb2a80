using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// Who sees and keeps which documents. Agency-wide documents are read by all staff and kept by any manager, head or the
/// admin (the library is the city's, like the training registry); a unit's own documents are seen and kept within
/// that unit (city-level staff reach every unit). A document out of reach is 404, as every record is.
/// </summary>
public sealed class PolicyAccess(AppDbContext db, CurrentUser user)
{
    public const string EntityType = "PolicyDocument";

    public bool IsKeeper => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Admin);

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);

    public string UserId => user.UserId ?? "";

    public long? UnitId => user.ServiceUnitId;

    public IQueryable<PolicyDocument> Visible()
    {
        if (user.IsCityLevel)
            return db.PolicyDocuments;
        var unit = user.ServiceUnitId;
        return unit is null ? db.PolicyDocuments.Where(d => d.ServiceUnitId == null)
            : db.PolicyDocuments.Where(d => d.ServiceUnitId == null || d.ServiceUnitId == unit);
    }

    /// <summary>A document the caller may change, tracked (with its versions and attachments).</summary>
    public async Task<PolicyDocument> LoadForChangeAsync(long id, CancellationToken ct)
    {
        EnsureKeeper();
        return await Visible().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException();
    }

    public void EnsureKeeper()
    {
        if (!IsKeeper)
            throw new ForbiddenException("只有专业管理人员、负责人或系统管理员可以维护政策法规库和读本");
    }

    /// <summary>A document belongs to the whole agency, or to a unit the caller works in (city level: any unit).</summary>
    public void EnsureUnitAllowed(long? unitId)
    {
        if (unitId is { } unit && !user.CanReachUnit(unit))
            throw new DomainRuleException("只能登记本单位的内部文件，或全机构通用的文件", "serviceUnitId");
    }

    public static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
