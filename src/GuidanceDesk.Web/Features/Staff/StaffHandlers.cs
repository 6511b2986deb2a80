using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary>Staff profiles, certificates and training with the computed qualification.</summary>
public sealed class StaffHandlers(AppDbContext db, CurrentUser user, AgencyClock clock, TimeProvider time, IOptions<GuidanceDeskOptions> options)
{
    private decimal Minimum => options.Value.TrainingHoursPerYear;

    public async Task<IReadOnlyList<StaffListItem>> ListAsync(long? unitId, bool includeInactive, CancellationToken ct)
    {
        var query = Visible().AsNoTracking();
        if (unitId is { } u)
            query = query.Where(s => s.ServiceUnitId == u);
        if (!includeInactive)
            query = query.Where(s => s.IsActive);
        var staff = await query.OrderBy(s => s.ServiceUnitId).ThenBy(s => s.Position).ThenBy(s => s.Name).ToListAsync(ct);
        var today = clock.Today;
        return [.. staff.Select(s =>
        {
            var q = StaffQualification.Evaluate(s, today, Minimum);
            return new StaffListItem(s.Id, s.ServiceUnitId, s.Name, s.Position, s.Education, q.MeetsClause461, q.TrainingHoursThisYear,
                q.MeetsTrainingMinimum, s.IsActive, [.. q.Gaps.Select(StaffQualification.Describe)]);
        })];
    }

    public async Task<StaffView> GetAsync(long id, CancellationToken ct)
    {
        var staff = await Visible().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
        var unit = await db.ServiceUnits.Where(u => u.Id == staff.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        return ToView(staff, unit);
    }

    public async Task<StaffView> CreateAsync(StaffForm form, CancellationToken ct)
    {
        var unitId = user.IsCityLevel ? form.ServiceUnitId : user.ServiceUnitId;
        if (unitId is null || !await db.ServiceUnits.AnyAsync(u => u.Id == unitId, ct))
            throw new DomainRuleException("请选择服务单位", nameof(form.ServiceUnitId));
        var staff = new StaffMember(unitId.Value, form.Name.Trim(), form.Position, time.GetUtcNow());
        staff.UpdateProfile(form.ToProfile());
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync(ct);
        return await GetAsync(staff.Id, ct);
    }

    public Task<StaffView> UpdateAsync(long id, StaffForm form, int? expected, CancellationToken ct) =>
        ChangeAsync(id, expected, s => s.UpdateProfile(form.ToProfile()), ct);

    public Task<StaffView> AddCertificateAsync(long id, CertificateForm f, int? expected, CancellationToken ct) =>
        ChangeAsync(id, expected, s => s.AddCertificate(f.Kind, f.Level, f.Number.Trim(), f.Issuer.Trim(), f.ExpiresOn), ct);

    public Task<StaffView> RemoveCertificateAsync(long id, int line, int? expected, CancellationToken ct) =>
        ChangeAsync(id, expected, s => s.RemoveCertificate(line), ct);

    public Task<StaffView> AddTrainingAsync(long id, TrainingForm f, int? expected, CancellationToken ct) =>
        ChangeAsync(id, expected, s => s.AddTraining(f.Date!.Value, f.Title.Trim(), f.Hours, f.Provider?.Trim()), ct);

    public Task<StaffView> RemoveTrainingAsync(long id, int line, int? expected, CancellationToken ct) =>
        ChangeAsync(id, expected, s => s.RemoveTraining(line), ct);

    public Task<StaffView> SetActiveAsync(long id, bool active, int? expected, CancellationToken ct) =>
        ChangeAsync(id, expected, s => s.SetActive(active), ct);

    private async Task<StaffView> ChangeAsync(long id, int? expected, Action<StaffMember> change, CancellationToken ct)
    {
        var staff = await Visible().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrent(db, staff, expected);
        change(staff);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private IQueryable<StaffMember> Visible() =>
        user.IsCityLevel ? db.StaffMembers : db.StaffMembers.Where(s => s.ServiceUnitId == user.ServiceUnitId);

    private StaffView ToView(StaffMember s, string unit)
    {
        var q = StaffQualification.Evaluate(s, clock.Today, Minimum);
        return new StaffView(s.Id, s.ServiceUnitId, unit, s.Name, s.Position, s.Education, s.YearsOfGuidance, s.YearsOfConsulting,
            s.YearsOfIndustry, s.IsSpecialTalent, s.SpecialTalentNote, [.. s.DistrictExpertise], [.. s.IndustryExpertise],
            [.. s.Certificates], [.. s.Trainings.OrderByDescending(t => t.Date)],
            new QualificationView(q.MeetsClause461, [.. q.Gaps.Select(StaffQualification.Describe)], q.TrainingHoursThisYear, q.TrainingMinimum, q.MeetsTrainingMinimum),
            s.IsActive, s.UserId is not null, s.Version);
    }
}
