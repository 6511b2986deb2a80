using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>Reading workers: one record, a search, a reveal of full identifiers. Every read is audited (R-4.4d).</summary>
public sealed class WorkerQueries(AppDbContext db, CurrentUser user, PersonalDataProtector protector, AuditLog audit,
    AgencyClock clock, DivisionCatalog divisions)
{
    public const int CountCap = 10_000;

    private const string ViewedFields = "name,idNumber(masked),phone(masked),household,residence,education,specialGroups,experience,intentions,consents";

    public async Task<WorkerView> GetAsync(long id, bool audited, CancellationToken ct)
    {
        var row = await user.Scope(db.Workers).AsNoTracking().Where(w => w.Id == id)
            .Select(w => new
            {
                Worker = w,
                Unit = db.ServiceUnits.Where(u => u.Id == w.ServiceUnitId).Select(u => u.Name).FirstOrDefault(),
                Counselor = db.StaffMembers.Where(s => s.Id == w.CounselorId).Select(s => s.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.WorkerId == id).OrderByDescending(c => c.RecordedAt).ToListAsync(ct);
        var self = user.WorkerId == id;
        if (audited)
            audit.Read(AuditAction.View, WorkerHandlers.EntityType, Key(id), row.Worker.ServiceUnitId, self ? "self" : ViewedFields);
        return ToView(row.Worker, row.Unit ?? "", row.Counselor, consents, masked: !self);
    }

    public async Task<PagedResult<WorkerListItem>> SearchAsync(WorkerSearch s, CancellationToken ct, bool audited = true)
    {
        var query = user.Scope(db.Workers).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(s.IdNumber))
        {
            var check = ResidentIdNumber.Check(s.IdNumber, clock.Today);
            var hash = protector.LookupHash(check.Normalized ?? s.IdNumber.Trim().ToUpperInvariant());
            query = query.Where(w => w.IdNumber.Hash == hash);
        }
        if (!string.IsNullOrWhiteSpace(s.Phone))
        {
            var hash = protector.LookupHash(PhoneNumber.Check(s.Phone).Normalized ?? s.Phone.Trim());
            query = query.Where(w => w.Phone!.Hash == hash);
        }
        if (!string.IsNullOrWhiteSpace(s.Name))
        {
            // A range over the ordinal order instead of LIKE, so that both databases use the name index.
            var prefix = s.Name.Trim();
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            query = query.Where(w => w.Name.CompareTo(prefix) >= 0 && w.Name.CompareTo(upper) < 0);
        }
        if (!string.IsNullOrWhiteSpace(s.District))
            query = query.Where(w => w.ResidenceDistrictCode == s.District);
        if (s.Group is { } g && g != SpecialGroups.None)
            query = query.Where(w => (w.SpecialGroups & g) == g);
        if (s.CounselorId is { } c)
            query = query.Where(w => w.CounselorId == c);
        if (s.UnitId is { } unit)
            query = query.Where(w => w.ServiceUnitId == unit);

        var page = new PageRequest(s.Page, s.PageSize, s.Sort);
        // Counting stops at CountCap: a one-character surname matches ~10 % of a city, and an exact count of 200k index
        // entries would cost more than the page itself (docs/performance.md); nobody pages past the first thousands.
        var counted = await query.Take(CountCap + 1).CountAsync(ct);
        var total = Math.Min(counted, CountCap);
        query = (page.SortField?.ToLowerInvariant(), page.Descending) switch
        {
            ("createdat", false) => query.OrderBy(w => w.CreatedAt).ThenBy(w => w.Id),
            ("createdat", true) => query.OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id),
            ("id", false) => query.OrderBy(w => w.Id),
            ("id", true) => query.OrderByDescending(w => w.Id),
            ("dateofbirth", false) => query.OrderBy(w => w.DateOfBirth).ThenBy(w => w.Id),
            ("dateofbirth", true) => query.OrderByDescending(w => w.DateOfBirth).ThenBy(w => w.Id),
            (_, true) => query.OrderByDescending(w => w.Name).ThenByDescending(w => w.Id),
            _ => query.OrderBy(w => w.Name).ThenBy(w => w.Id),
        };
        var rows = await query.Skip(page.Skip).Take(page.SafePageSize)
            .Select(w => new
            {
                w.Id, w.ServiceUnitId, w.Name, w.Gender, w.DateOfBirth, IdCipher = w.IdNumber.Cipher, PhoneCipher = w.Phone!.Cipher,
                w.ResidenceDistrictCode, w.SpecialGroups, w.CounselorId, w.CreatedAt, Anonymised = w.AnonymisedAt != null,
                Counselor = db.StaffMembers.Where(st => st.Id == w.CounselorId).Select(st => st.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var today = clock.Today;
        var items = rows.Select(r => new WorkerListItem(r.Id, r.ServiceUnitId, r.Name, r.Gender, Worker.AgeAt(r.DateOfBirth, today),
            r.Anonymised ? Worker.AnonymisedName : Mask.IdNumber(protector.Unprotect(r.IdCipher)), r.PhoneCipher is null ? null : Mask.Phone(protector.Unprotect(r.PhoneCipher)),
            r.ResidenceDistrictCode, divisions.FindDistrict(r.ResidenceDistrictCode)?.Name, FlagLists.Split(r.SpecialGroups),
            r.CounselorId, r.Counselor, r.CreatedAt)).ToList();
        if (audited)
            audit.Searched(WorkerHandlers.EntityType, items.Select(i => i.Id), user.ServiceUnitId, Criteria(s));
        return new PagedResult<WorkerListItem>(items, page.SafePage, page.SafePageSize, total, counted > CountCap);
    }

    /// <summary>
    /// How many workers are in reach (optionally: assigned to one counselor), for the home page. Only a number leaves
    /// here, no person's data, so it is not audited (a search per home-page view would drown the log).
    /// </summary>
    public Task<int> CountAsync(long? counselorId, CancellationToken ct)
    {
        var query = user.Scope(db.Workers);
        if (counselorId is { } c)
            query = query.Where(w => w.CounselorId == c);
        return query.CountAsync(ct);
    }

    /// <summary>The full ID and phone number, for a stated reason; the reveal itself is audited.</summary>
    public async Task<RevealedIdentifiers> RevealAsync(long id, string reason, CancellationToken ct)
    {
        var w = await user.Scope(db.Workers).AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.ServiceUnitId, x.IdNumber, x.Phone, x.AnonymisedAt }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (w.AnonymisedAt is not null)
            throw new DomainRuleException("该劳动者的个人信息已匿名化，没有可查看的身份信息", nameof(RevealRequest.Reason));
        audit.Read(AuditAction.Reveal, WorkerHandlers.EntityType, Key(id), w.ServiceUnitId, "idNumber,phone; reason: " + reason);
        return new RevealedIdentifiers(id, protector.Unprotect(w.IdNumber.Cipher), w.Phone is null ? null : protector.Unprotect(w.Phone.Cipher));
    }

    internal WorkerView ToView(Worker w, string unitName, string? counselor, IReadOnlyList<ConsentRecord> consents, bool masked)
    {
        // An anonymised record has no identifier left to show or mask: the placeholder says so.
        var id = w.IsAnonymised ? Worker.AnonymisedName : protector.Unprotect(w.IdNumber.Cipher);
        var phone = w.Phone is null ? null : protector.Unprotect(w.Phone.Cipher);
        masked &= !w.IsAnonymised;
        return new WorkerView(w.Id, w.ServiceUnitId, unitName, w.Name, w.Gender, w.DateOfBirth, w.AgeOn(clock.Today),
            masked ? Mask.IdNumber(id) : id, phone is null ? null : masked ? Mask.Phone(phone) : phone, masked,
            w.HouseholdType, w.HouseholdPlaceCode, w.HouseholdPlaceCode is null ? null : divisions.FullName(w.HouseholdPlaceCode),
            w.ResidenceDistrictCode, divisions.FindDistrict(w.ResidenceDistrictCode)?.Name,
            w.ResidenceTownshipCode, w.ResidenceTownshipCode is null ? null : divisions.FindTownship(w.ResidenceTownshipCode)?.Name,
            w.ResidenceAddress, w.Education, w.EmploymentStatus, FlagLists.Split(w.SpecialGroups), w.GraduationYear, w.AssistanceCategory,
            w.WorkExperiences, w.JobIntentions, w.CounselorId, counselor, [.. consents.Select(ToView)], w.CreatedAt, w.UpdatedAt, w.Version,
            w.AnonymisedAt);
    }

    internal static ConsentView ToView(ConsentRecord c) =>
        new(c.Id, c.Kind, FlagLists.Split(c.Scope), c.GivenOn, c.Channel, c.Note, c.RecordedAt, c.WithdrawnAt);

    /// <summary>The criteria, with identifiers reduced to their mask: the audit log must not hold them in clear.</summary>
    internal static string Criteria(WorkerSearch s) => string.Join("; ", new[]
    {
        s.IdNumber is null ? null : "idNumber=" + Mask.IdNumber(s.IdNumber.Trim()),
        s.Phone is null ? null : "phone=" + Mask.Phone(s.Phone.Trim()),
        s.Name is null ? null : "name=" + s.Name, s.District is null ? null : "district=" + s.District,
        s.Group is null ? null : "group=" + s.Group, s.CounselorId is null ? null : "counselor=" + s.CounselorId,
        s.UnitId is null ? null : "unit=" + s.UnitId, "page=" + s.Page.ToString(CultureInfo.InvariantCulture),
    }.Where(x => x is not null));

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
