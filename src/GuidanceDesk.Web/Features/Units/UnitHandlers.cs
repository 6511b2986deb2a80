using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>Service units: particulars, qualification, management documents and their warnings.</summary>
public sealed class UnitHandlers(AppDbContext db, CurrentUser user, AgencyClock clock, TimeProvider time, DivisionCatalog divisions)
{
    public async Task<IReadOnlyList<UnitView>> ListAsync(CancellationToken ct)
    {
        var units = await Visible().AsNoTracking().OrderBy(u => u.DistrictCode).ThenBy(u => u.Name).ToListAsync(ct);
        return [.. units.Select(ToView)];
    }

    public async Task<UnitView> GetAsync(long id, CancellationToken ct) =>
        ToView(await Visible().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException());

    public async Task<UnitView> CreateAsync(UnitForm form, CancellationToken ct)
    {
        if (!user.IsCityLevel)
            throw new DomainRuleException("只有市级管理员可以新建服务单位");
        await EnsureUniqueNameAsync(form.Name.Trim(), null, ct);
        var unit = new ServiceUnit(form.Name.Trim(), form.DistrictCode, time.GetUtcNow());
        Apply(unit, form);
        db.ServiceUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return ToView(unit);
    }

    public async Task<UnitView> UpdateAsync(long id, UnitForm form, int? expectedVersion, CancellationToken ct)
    {
        var unit = await Load(id, ct);
        ETags.EnsureCurrent(db, unit, expectedVersion);
        await EnsureUniqueNameAsync(form.Name.Trim(), id, ct);
        Apply(unit, form);
        await db.SaveChangesAsync(ct);
        return ToView(unit);
    }

    public async Task<UnitView> AddDocumentAsync(long id, DocumentForm form, int? expectedVersion, CancellationToken ct)
    {
        var unit = await Load(id, ct);
        ETags.EnsureCurrent(db, unit, expectedVersion);
        unit.AddDocument(form.Kind, form.Title.Trim(), form.Version.Trim(), form.EffectiveOn!.Value);
        await db.SaveChangesAsync(ct);
        return ToView(unit);
    }

    public async Task<UnitView> RemoveDocumentAsync(long id, int number, int? expectedVersion, CancellationToken ct)
    {
        var unit = await Load(id, ct);
        ETags.EnsureCurrent(db, unit, expectedVersion);
        unit.RemoveDocument(number);
        await db.SaveChangesAsync(ct);
        return ToView(unit);
    }

    private IQueryable<ServiceUnit> Visible() =>
        user.IsCityLevel || user.IsInRole(Roles.Evaluator) ? db.ServiceUnits : db.ServiceUnits.Where(u => u.Id == user.ServiceUnitId);

    private async Task<ServiceUnit> Load(long id, CancellationToken ct) =>
        await Visible().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException();

    private async Task EnsureUniqueNameAsync(string name, long? self, CancellationToken ct)
    {
        var existing = await db.ServiceUnits.Where(u => u.Name == name && u.Id != self).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct);
        if (existing is { } other)
            throw new DuplicateException("已有同名服务单位", nameof(UnitForm.Name), "ServiceUnit", other);
    }

    private static void Apply(ServiceUnit unit, UnitForm form)
    {
        unit.Update(form.Name.Trim(), form.DistrictCode, string.IsNullOrWhiteSpace(form.Address) ? null : form.Address.Trim(),
            string.IsNullOrWhiteSpace(form.Phone) ? null : form.Phone.Trim());
        unit.SetQualification(form.ToQualification());
    }

    private UnitView ToView(ServiceUnit u) => new(u.Id, u.Name, u.DistrictCode, divisions.FindDistrict(u.DistrictCode)?.Name, u.Address,
        u.Phone, u.Qualification, [.. u.Documents.OrderBy(d => d.Kind).ThenByDescending(d => d.EffectiveOn)],
        [.. u.Warnings(clock.Today).Select(w => new UnitWarningView(w.Kind, w.DocumentKind, Labels.Of(w)))], u.Version);
}
