using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary>The employer registry: register, change, read, search — each read and change audited.</summary>
public sealed class EmployerHandlers(AppDbContext db, CurrentUser user, PersonalDataProtector protector, AuditLog audit,
    TimeProvider time, DivisionCatalog divisions)
{
    public const string EntityType = "Employer";

    public async Task<EmployerView> RegisterAsync(EmployerForm form, CancellationToken ct)
    {
        var unitId = user.IsCityLevel ? form.ServiceUnitId : user.ServiceUnitId;
        if (unitId is null || !await db.ServiceUnits.AnyAsync(u => u.Id == unitId, ct))
            throw new DomainRuleException("请选择服务单位", nameof(form.ServiceUnitId));
        var code = UnifiedSocialCreditCode.Check(form.CreditCode).Normalized!;
        await EnsureUniqueAsync(code, null, ct);
        var now = time.GetUtcNow();
        var employer = new Employer(unitId.Value, code, now);
        employer.Update(form.ToDetails(), Contacts(form), now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Employers.Add(employer);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, Key(employer.Id), employer.ServiceUnitId, "all");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(employer.Id, audited: false, ct);
    }

    public async Task<EmployerView> UpdateAsync(long id, EmployerForm form, int? expectedVersion, CancellationToken ct)
    {
        var employer = await user.Scope(db.Employers).FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrent(db, employer, expectedVersion);
        var code = UnifiedSocialCreditCode.Check(form.CreditCode).Normalized!;
        if (code != employer.CreditCode)
            throw new DomainRuleException("统一社会信用代码登记后不能修改；如登记有误，请联系管理员", nameof(form.CreditCode));
        employer.Update(form.ToDetails(), Contacts(form), time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, EntityType, Key(id), employer.ServiceUnitId, "details,contacts");
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, audited: false, ct);
    }

    public Task<EmployerView> GetAsync(long id, bool audited, CancellationToken ct) =>
        LoadAsync(id, unmasked: user.EmployerId == id, audited ? AuditAction.View : null, "details,contacts(masked)", ct);

    /// <summary>
    /// The record with contact phones in full, for the edit form: the form sends every contact back, so it must hold
    /// the real numbers. Audited as a reveal.
    /// </summary>
    public Task<EmployerView> GetForEditAsync(long id, CancellationToken ct) =>
        LoadAsync(id, unmasked: true, AuditAction.Reveal, "contacts; reason: edit", ct);

    /// <summary>How many employers are in reach, for the home page (a number only, so not audited).</summary>
    public Task<int> CountAsync(CancellationToken ct) => user.Scope(db.Employers).CountAsync(ct);

    private async Task<EmployerView> LoadAsync(long id, bool unmasked, AuditAction? auditAs, string fields, CancellationToken ct)
    {
        var row = await user.Scope(db.Employers).AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { Employer = e, Unit = db.ServiceUnits.Where(u => u.Id == e.ServiceUnitId).Select(u => u.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var e = row.Employer;
        var masked = !unmasked;
        if (auditAs is { } action)
            audit.Read(action, EntityType, Key(id), e.ServiceUnitId, fields);
        var contacts = e.Contacts.Select(c => new ContactView(c.Name, c.Title, c.PhoneCipher is null ? null
            : masked ? Mask.Phone(protector.Unprotect(c.PhoneCipher)) : protector.Unprotect(c.PhoneCipher))).ToList();
        return new EmployerView(e.Id, e.ServiceUnitId, row.Unit ?? "", e.CreditCode, e.Name, e.IndustryCode, Industries.NameOf(e.IndustryCode),
            e.Size, e.Ownership, e.DistrictCode, divisions.FindDistrict(e.DistrictCode)?.Name, e.Address, contacts, masked,
            e.CreatedAt, e.UpdatedAt, e.Version);
    }

    public async Task<PagedResult<EmployerListItem>> SearchAsync(EmployerSearch s, CancellationToken ct)
    {
        var query = user.Scope(db.Employers).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(s.CreditCode))
        {
            var code = s.CreditCode.Trim().ToUpperInvariant();
            query = query.Where(e => e.CreditCode == code);
        }
        if (!string.IsNullOrWhiteSpace(s.Name))
        {
            var name = s.Name.Trim();
            query = query.Where(e => e.Name.Contains(name));
        }
        if (!string.IsNullOrWhiteSpace(s.District))
            query = query.Where(e => e.DistrictCode == s.District);
        if (!string.IsNullOrWhiteSpace(s.Industry))
            query = query.Where(e => e.IndustryCode == s.Industry);
        if (s.UnitId is { } unit)
            query = query.Where(e => e.ServiceUnitId == unit);
        var page = new PageRequest(s.Page, s.PageSize, s.Sort);
        var total = await query.CountAsync(ct);
        query = (page.SortField?.ToLowerInvariant(), page.Descending) switch
        {
            ("createdat", false) => query.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id),
            ("createdat", true) => query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id),
            (_, true) => query.OrderByDescending(e => e.Name).ThenByDescending(e => e.Id),
            _ => query.OrderBy(e => e.Name).ThenBy(e => e.Id),
        };
        var rows = await query.Skip(page.Skip).Take(page.SafePageSize)
            .Select(e => new { e.Id, e.ServiceUnitId, e.CreditCode, e.Name, e.IndustryCode, e.Size, e.DistrictCode })
            .ToListAsync(ct);
        var items = rows.Select(e => new EmployerListItem(e.Id, e.ServiceUnitId, e.CreditCode, e.Name, e.IndustryCode,
            Industries.NameOf(e.IndustryCode), e.Size, e.DistrictCode, divisions.FindDistrict(e.DistrictCode)?.Name)).ToList();
        audit.Searched(EntityType, items.Select(i => i.Id), user.ServiceUnitId,
            $"creditCode={s.CreditCode}; name={s.Name}; district={s.District}; industry={s.Industry}; page={s.Page}");
        return new PagedResult<EmployerListItem>(items, page.SafePage, page.SafePageSize, total);
    }

    private async Task EnsureUniqueAsync(string code, long? self, CancellationToken ct)
    {
        var existing = await db.Employers.AsNoTracking().Where(e => e.CreditCode == code && e.Id != self)
            .Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync(ct);
        if (existing is not null)
            throw new DuplicateException($"该统一社会信用代码已登记（{existing.Name}，编号 {existing.Id}）", nameof(EmployerForm.CreditCode), EntityType, existing.Id);
    }

    private List<EmployerContact> Contacts(EmployerForm form) =>
        [.. form.Contacts.Select(c => new EmployerContact(c.Name.Trim(), string.IsNullOrWhiteSpace(c.Title) ? null : c.Title.Trim(),
            PhoneNumber.Check(c.Phone) is { IsValid: true, Normalized: { } n } ? protector.Protect(n) : null))];

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
