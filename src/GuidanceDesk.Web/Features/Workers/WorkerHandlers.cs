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

/// <summary>Registering and changing workers: one transaction each, audited with the change.</summary>
public sealed class WorkerHandlers(AppDbContext db, CurrentUser user, PersonalDataProtector protector, AuditLog audit,
    AgencyClock clock, TimeProvider time, DivisionCatalog divisions, WorkerQueries queries)
{
    public const string EntityType = "Worker";

    public async Task<WorkerView> RegisterAsync(WorkerForm form, ServiceAgreementForm agreement, long? unitId, CancellationToken ct)
    {
        var unit = await ResolveUnitAsync(unitId, ct);
        var id = ResidentIdNumber.Check(form.IdNumber, clock.Today);
        if (!id.IsValid)
            throw new DomainRuleException(ResidentIdNumber.Describe(id.Error!.Value), nameof(form.IdNumber));
        var idValue = protector.ProtectForLookup(id.Normalized!);
        await EnsureUniqueIdAsync(idValue.Hash, null, ct);
        await CheckPlacesAndCounselorAsync(form, unit, ct);

        var now = time.GetUtcNow();
        var worker = new Worker(unit, idValue, id.BirthDate!.Value, id.Gender!.Value, now);
        worker.Update(form.ToDetails(), ProtectPhone(form.Phone), now);
        worker.AssignCounselor(form.CounselorId);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Workers.Add(worker);
        await db.SaveChangesAsync(ct);
        db.ConsentRecords.Add(new ConsentRecord(worker.Id, ConsentKind.ServiceAgreement, agreement.Scopes,
            agreement.GivenOn!.Value, agreement.Channel, user.UserId!, agreement.Note, now));
        audit.Changed(db, AuditAction.Create, EntityType, Key(worker.Id), unit, "all");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await queries.GetAsync(worker.Id, audited: false, ct);
    }

    public async Task<WorkerView> UpdateAsync(long workerId, WorkerForm form, int? expectedVersion, CancellationToken ct)
    {
        var worker = await user.Scope(db.Workers).FirstOrDefaultAsync(w => w.Id == workerId, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrent(db, worker, expectedVersion);
        var id = ResidentIdNumber.Check(form.IdNumber, clock.Today);
        if (!id.IsValid)
            throw new DomainRuleException(ResidentIdNumber.Describe(id.Error!.Value), nameof(form.IdNumber));
        await CheckPlacesAndCounselorAsync(form, worker.ServiceUnitId, ct);

        var changed = ChangedFields(worker, form);
        var idValue = protector.ProtectForLookup(id.Normalized!);
        if (idValue.Hash != worker.IdNumber.Hash)
        {
            await EnsureUniqueIdAsync(idValue.Hash, worker.Id, ct);
            worker.CorrectIdNumber(idValue, id.BirthDate!.Value, id.Gender!.Value);
            changed.Add("idNumber");
        }
        var phone = ProtectPhone(form.Phone);
        if (phone?.Hash != worker.Phone?.Hash)
            changed.Add("phone");
        worker.Update(form.ToDetails(), phone, time.GetUtcNow());
        worker.AssignCounselor(form.CounselorId);
        audit.Changed(db, AuditAction.Update, EntityType, Key(worker.Id), worker.ServiceUnitId, string.Join(',', changed));
        await db.SaveChangesAsync(ct);
        return await queries.GetAsync(worker.Id, audited: false, ct);
    }

    public async Task<ConsentView> RecordConsentAsync(long workerId, ConsentKind kind, ServiceAgreementForm form, CancellationToken ct)
    {
        var worker = await user.Scope(db.Workers).AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct) ?? throw new NotFoundException();
        var consent = new ConsentRecord(worker.Id, kind, form.Scopes, form.GivenOn!.Value, form.Channel, user.UserId!, form.Note, time.GetUtcNow());
        db.ConsentRecords.Add(consent);
        audit.Changed(db, AuditAction.Update, EntityType, Key(worker.Id), worker.ServiceUnitId, "consent:" + kind);
        await db.SaveChangesAsync(ct);
        return WorkerQueries.ToView(consent);
    }

    public async Task WithdrawConsentAsync(long workerId, long consentId, CancellationToken ct)
    {
        var worker = await user.Scope(db.Workers).AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct) ?? throw new NotFoundException();
        var consent = await db.ConsentRecords.FirstOrDefaultAsync(c => c.Id == consentId && c.WorkerId == workerId, ct) ?? throw new NotFoundException();
        consent.Withdraw(time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, EntityType, Key(worker.Id), worker.ServiceUnitId, "consent-withdrawn:" + consent.Kind);
        await db.SaveChangesAsync(ct);
    }

    private async Task<long> ResolveUnitAsync(long? requested, CancellationToken ct)
    {
        var unitId = user.IsCityLevel ? requested : user.ServiceUnitId;
        if (unitId is null)
            throw new DomainRuleException("请选择服务单位", "serviceUnitId");
        if (!await db.ServiceUnits.AnyAsync(u => u.Id == unitId, ct))
            throw new DomainRuleException("服务单位不存在", "serviceUnitId");
        return unitId.Value;
    }

    private async Task EnsureUniqueIdAsync(string hash, long? self, CancellationToken ct)
    {
        var existing = await db.Workers.AsNoTracking().Where(w => w.IdNumber.Hash == hash && w.Id != self)
            .Select(w => new { w.Id, Unit = db.ServiceUnits.Where(u => u.Id == w.ServiceUnitId).Select(u => u.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
            throw new DuplicateException($"该身份证号码已登记（{existing.Unit}，编号 {existing.Id}）", nameof(WorkerForm.IdNumber), EntityType, existing.Id);
    }

    private async Task CheckPlacesAndCounselorAsync(WorkerForm form, long unitId, CancellationToken ct)
    {
        if (form.ResidenceTownshipCode is { Length: > 0 } t && !divisions.IsTownshipOf(t, form.ResidenceDistrictCode))
            throw new DomainRuleException("所选街道（乡镇）不属于该区县", nameof(form.ResidenceTownshipCode));
        if (form.HouseholdPlaceCode is { Length: > 0 } h && divisions.FullName(h) is null)
            throw new DomainRuleException("户籍所在地代码不正确", nameof(form.HouseholdPlaceCode));
        if (form.CounselorId is { } c && !await db.StaffMembers.AnyAsync(s => s.Id == c && s.ServiceUnitId == unitId && s.IsActive, ct))
            throw new DomainRuleException("所选职业指导人员不属于该服务单位", nameof(form.CounselorId));
    }

    private static List<string> ChangedFields(Worker w, WorkerForm f)
    {
        var d = f.ToDetails();
        var changed = new List<string>();
        void Check(bool different, string name)
        {
            if (different)
                changed.Add(name);
        }
        Check(w.Name != d.Name, "name");
        Check(w.HouseholdType != d.HouseholdType || w.HouseholdPlaceCode != d.HouseholdPlaceCode, "household");
        Check(w.ResidenceDistrictCode != d.ResidenceDistrictCode || w.ResidenceTownshipCode != d.ResidenceTownshipCode
            || w.ResidenceAddress != d.ResidenceAddress, "residence");
        Check(w.Education != d.Education, "education");
        Check(w.EmploymentStatus != d.EmploymentStatus, "employmentStatus");
        Check(w.SpecialGroups != d.SpecialGroups || w.GraduationYear != d.GraduationYear || w.AssistanceCategory != d.AssistanceCategory, "specialGroups");
        Check(!w.WorkExperiences.SequenceEqual(d.WorkExperiences), "workExperiences");
        Check(!w.JobIntentions.SequenceEqual(d.JobIntentions), "jobIntentions");
        Check(w.CounselorId != f.CounselorId, "counselor");
        return changed;
    }

    private ProtectedValue? ProtectPhone(string? phone) =>
        PhoneNumber.Check(phone) is { IsValid: true, Normalized: { } n } ? protector.ProtectForLookup(n) : null;

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
