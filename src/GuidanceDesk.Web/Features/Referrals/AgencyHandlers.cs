using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>An outside agency's details as entered by a manager, head or admin.</summary>
public sealed class AgencyRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写机构名称"), StringLength(OutsideAgency.MaxName, ErrorMessage = "名称不超过 100 字")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请选择机构类别"), EnumDataType(typeof(AgencyKind), ErrorMessage = "请选择机构类别")]
    public AgencyKind? Kind { get; set; }

    [StringLength(12)]
    public string? DistrictCode { get; set; }

    [StringLength(200, ErrorMessage = "地址不超过 200 字")]
    public string? Address { get; set; }

    [StringLength(50, ErrorMessage = "联系人不超过 50 字")]
    public string? ContactPerson { get; set; }

    [StringLength(40, ErrorMessage = "电话不超过 40 字"), RegularExpression(@"^[0-9+\-() 转]*$", ErrorMessage = "电话只能包含数字、+、-、括号和空格")]
    public string? Phone { get; set; }

    [StringLength(200), EmailAddress(ErrorMessage = "电子邮箱格式不正确")]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "不超过 200 字")]
    public string? OpeningHours { get; set; }

    [Required(ErrorMessage = "请填写服务内容"), StringLength(OutsideAgency.MaxText, ErrorMessage = "服务内容不超过 1000 字")]
    public string? Services { get; set; }

    public int? Version { get; set; }

    public AgencyDetails ToDetails() => new(Name!, Kind!.Value, DistrictCode, Address, ContactPerson, Phone, Email, OpeningHours, Services!);
}

/// <summary>The registry of outside agencies (8.1.1): read by guidance staff, kept by managers, heads and the admin.</summary>
public sealed class AgencyHandlers(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public const string EntityType = "OutsideAgency";

    public async Task<IReadOnlyList<AgencyView>> ListAsync(AgencyKind? kind, string? q, bool includeInactive, CancellationToken ct)
    {
        var agencies = db.OutsideAgencies.AsNoTracking();
        if (!includeInactive)
            agencies = agencies.Where(a => a.IsActive);
        if (kind is { } k)
            agencies = agencies.Where(a => a.Kind == k);
        if (!string.IsNullOrWhiteSpace(q))
            agencies = agencies.Where(a => a.Name.Contains(q.Trim()) || a.Services.Contains(q.Trim()));
        return await agencies.OrderBy(a => a.Kind).ThenBy(a => a.Name).Take(500).Select(a => View(a)).ToListAsync(ct);
    }

    public async Task<AgencyView> GetAsync(long id, CancellationToken ct) =>
        await db.OutsideAgencies.AsNoTracking().Where(a => a.Id == id).Select(a => View(a)).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    public async Task<long> CreateAsync(AgencyRequest r, CancellationToken ct)
    {
        var agency = new OutsideAgency(r.ToDetails(), time.GetUtcNow());
        db.OutsideAgencies.Add(agency);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, Key(agency.Id), null, agency.Name);
        await db.SaveChangesAsync(ct);
        return agency.Id;
    }

    public async Task UpdateAsync(long id, AgencyRequest r, CancellationToken ct)
    {
        var agency = await db.OutsideAgencies.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrentIfGiven(db, agency, r.Version);
        agency.Update(r.ToDetails());
        audit.Changed(db, AuditAction.Update, EntityType, Key(id), null, "details");
        await db.SaveChangesAsync(ct);
    }

    public async Task SetActiveAsync(long id, bool active, CancellationToken ct)
    {
        var agency = await db.OutsideAgencies.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        agency.SetActive(active);
        audit.Changed(db, AuditAction.Update, EntityType, Key(id), null, active ? "activated" : "deactivated");
        await db.SaveChangesAsync(ct);
    }

    private static AgencyView View(OutsideAgency a) => new(a.Id, a.Name, a.Kind, a.DistrictCode, a.Address, a.ContactPerson, a.Phone,
        a.Email, a.OpeningHours, a.Services, a.IsActive, a.Version);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
