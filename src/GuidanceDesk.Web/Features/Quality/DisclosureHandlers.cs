using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>The disclosure text in force for a unit: its own, else the agency's, else the built-in default.</summary>
public sealed record DisclosureView(long? ServiceUnitId, DisclosureContent Content, int Revision, DateTimeOffset? UpdatedAt, string? UpdatedByName,
    bool Inherited, int? Version);

/// <summary>A unit as the public page lists it: where it is, how to reach it, and its disclosure.</summary>
public sealed record PublicUnit(long Id, string Name, string? Address, string? Phone, DisclosureView Disclosure);

/// <summary>
/// 服务公示 (9.1.1): the editable part of the public service information, per unit or for the agency. The admin edits
/// any; a head edits their own unit's (a city-level head also the agency's). Each save is a new revision.
/// </summary>
public sealed class DisclosureHandlers(AppDbContext db, CurrentUser user, QualityAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<PublicUnit>> PublicAsync(CancellationToken ct)
    {
        var rows = await db.ServiceDisclosures.AsNoTracking().ToListAsync(ct);
        var agency = rows.Find(d => d.ServiceUnitId is null);
        var units = await db.ServiceUnits.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Name, u.Address, u.Phone }).ToListAsync(ct);
        return [.. units.Select(u => new PublicUnit(u.Id, u.Name, u.Address, u.Phone, View(u.Id, rows.Find(d => d.ServiceUnitId == u.Id), agency)))];
    }

    public async Task<DisclosureView> ForAsync(long? unitId, CancellationToken ct)
    {
        var rows = await db.ServiceDisclosures.AsNoTracking().Where(d => d.ServiceUnitId == null || d.ServiceUnitId == unitId).ToListAsync(ct);
        return View(unitId, unitId is null ? null : rows.Find(d => d.ServiceUnitId == unitId), rows.Find(d => d.ServiceUnitId is null));
    }

    public bool CanEdit(long? unitId) => user.IsInRole(Roles.Admin)
        || (user.IsInRole(Roles.Head) && (user.IsCityLevel || (unitId is { } u && user.ServiceUnitId == u)));

    public async Task SaveAsync(long? unitId, DisclosureRequest r, CancellationToken ct)
    {
        if (!CanEdit(unitId))
            throw new ForbiddenException("只有系统管理员或本单位负责人可以修改服务公示");
        if (unitId is { } u && !await db.ServiceUnits.AnyAsync(x => x.Id == u, ct))
            throw new NotFoundException();
        var existing = await db.ServiceDisclosures.FirstOrDefaultAsync(d => d.ServiceUnitId == unitId, ct);
        var now = time.GetUtcNow();
        if (existing is null)
        {
            existing = new ServiceDisclosure(unitId, r.ToContent(), access.Name, now);
            db.ServiceDisclosures.Add(existing);
        }
        else
        {
            ETags.EnsureCurrentIfGiven(db, existing, r.Version);
            existing.Update(r.ToContent(), access.Name, now);
        }
        access.Changed("ServiceDisclosure", unitId ?? 0, unitId ?? 0, AuditAction.Update, "revision:" + existing.Revision);
        await db.SaveChangesAsync(ct);
    }

    private static DisclosureView View(long? unitId, ServiceDisclosure? own, ServiceDisclosure? agency)
    {
        if (own is not null)
            return new DisclosureView(unitId, own.Content, own.Revision, own.UpdatedAt, own.UpdatedByName, false, own.Version);
        if (agency is not null)
            return new DisclosureView(unitId, agency.Content, agency.Revision, agency.UpdatedAt, agency.UpdatedByName, unitId is not null,
                unitId is null ? agency.Version : null);
        return new DisclosureView(unitId, DisclosureDefaults.Content, 0, null, null, true, null);
    }
}

/// <summary>What the page says before anyone has edited it: the usual terms of a Chongqing public employment service hall.</summary>
public static class DisclosureDefaults
{
    public static readonly DisclosureContent Content = new(
        "周一至周五 上午 9:00–12:00，下午 13:30–17:00（法定节假日除外，调休上班日照常开放）",
        "劳动者：本人居民身份证（或社会保障卡），有求职意向的可带个人简历、学历和职业资格证书。用人单位：营业执照（统一社会信用代码）复印件、经办人身份证、招聘岗位说明。",
        "免费提供职业指导服务；首问负责、一次告知；窗口即到即办，预约服务按约定时间办理；保护劳动者和用人单位的个人信息和隐私，未经同意不对外提供；投诉 5 个工作日内答复。",
        "12333（人力资源和社会保障服务热线）",
        "各服务大厅咨询台或负责人办公室，可当面提出投诉和意见",
        "重庆市人力资源和社会保障局（12333）；也可拨打 12345 政务服务便民热线",
        null);
}
