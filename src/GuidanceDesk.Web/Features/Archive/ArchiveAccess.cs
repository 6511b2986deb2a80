using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>
/// Who reaches an archive: guidance staff and the custodian reach the archives of the cases they reach (a counselor
/// their cases, the unit's oversight and custodian the unit's); workers, employers, the admin and evaluators none.
/// Only the custodian keeps it: retention, disposal, integrity checks of a whole unit.
/// </summary>
public sealed class ArchiveAccess(AppDbContext db, CurrentUser user)
{
    public const string EntityType = "ArchiveItem";

    public bool IsStaff => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Custodian);

    public bool IsCustodian => user.IsInRole(Roles.Custodian);

    public string UserId => user.UserId ?? "";

    public long? UnitId => user.ServiceUnitId;

    public async Task<GuidanceCase> CaseAsync(long caseId, CancellationToken ct)
    {
        if (!IsStaff)
            throw new NotFoundException();
        return await user.Scope(db.GuidanceCases).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException();
    }

    /// <summary>Items of the cases (and, for items filed before a case existed, the workers) within reach.</summary>
    public IQueryable<ArchiveItem> Items()
    {
        if (!IsStaff)
            return db.ArchiveItems.Where(_ => false);
        var cases = user.Scope(db.GuidanceCases);
        var workers = user.Scope(db.Workers);
        var items = db.ArchiveItems.Where(i => i.CaseId != null ? cases.Any(c => c.Id == i.CaseId) : workers.Any(w => w.Id == i.WorkerId));
        // Satisfaction feedback forms (g) are anonymous to the counselor (9.2.1): only the unit's custodian, managers and head read them.
        return ReadsSatisfactionForms ? items : items.Where(i => i.Kind != ArchiveKind.SatisfactionForm);
    }

    /// <summary>The custodian, managers and head; a counselor does not see who answered what.</summary>
    public bool ReadsSatisfactionForms => user.SeesWholeUnit;

    public async Task<ArchiveItem> ItemAsync(long id, CancellationToken ct) =>
        await Items().Include(i => i.Versions).ThenInclude(v => v.File).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException();

    public void EnsureCustodian()
    {
        if (!IsCustodian)
            throw new ForbiddenException("档案的保管期限和销毁由档案管理员办理");
    }
}
