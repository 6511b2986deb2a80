using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>
/// Recording and running vacancies: an employer (portal) or staff write a draft, publish it, and end it (filled,
/// withdrawn); the nightly scan expires it. Each change is one save, audited; a stale version is a 409.
/// </summary>
public sealed class VacancyHandlers(AppDbContext db, CurrentUser user, AuditLog audit, TimeProvider time, AgencyClock clock,
    VacancyQueries queries, OpenVacancyIndex index)
{
    public const string EntityType = "Vacancy";

    public async Task<VacancyView> CreateAsync(VacancyForm form, CancellationToken ct)
    {
        var employerId = user.IsInRole(Roles.Employer) ? user.EmployerId : form.EmployerId;
        var employer = employerId is null ? null
            : await user.Scope(db.Employers).Where(e => e.Id == employerId).Select(e => new { e.Id, e.ServiceUnitId }).FirstOrDefaultAsync(ct);
        if (employer is null)
            throw new DomainRuleException("请选择用人单位", nameof(form.EmployerId));
        if (!user.IsInRole(Roles.Employer) && !user.CanReachUnit(employer.ServiceUnitId))
            throw new DomainRuleException("只能为本单位登记的用人单位发布岗位", nameof(form.EmployerId));
        var now = time.GetUtcNow();
        var vacancy = new Vacancy(employer.ServiceUnitId, employer.Id, user.IsInRole(Roles.Employer) ? VacancySource.Portal : VacancySource.Staff, now);
        vacancy.Update(form.ToDetails(), now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, Key(vacancy.Id), vacancy.ServiceUnitId, "all");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await queries.GetAsync(vacancy.Id, ct);
    }

    public Task<VacancyView> UpdateAsync(long id, VacancyForm form, int? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, expectedVersion, "details", (v, now) => v.Update(form.ToDetails(), now), ct, versionRequired: true);

    public Task<VacancyView> OpenAsync(long id, int? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, expectedVersion, "status=open", (v, now) => v.Open(clock.Today, now), ct);

    public Task<VacancyView> WithdrawAsync(long id, string reason, int? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, expectedVersion, "status=withdrawn", (v, now) => v.Withdraw(reason, now), ct);

    public Task<VacancyView> MarkFilledAsync(long id, int? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, expectedVersion, "status=filled", (v, now) => v.MarkFilled(now), ct);

    /// <summary>An edit must say which version it edits (the form sends everything back); a status command may.</summary>
    private async Task<VacancyView> ChangeAsync(long id, int? expectedVersion, string fields, Action<Vacancy, DateTimeOffset> change,
        CancellationToken ct, bool versionRequired = false)
    {
        var vacancy = await user.Scope(db.Vacancies).FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException();
        if (!user.CanEdit(vacancy))
            throw new NotFoundException();
        if (versionRequired)
            ETags.EnsureCurrent(db, vacancy, expectedVersion);
        else
            ETags.EnsureCurrentIfGiven(db, vacancy, expectedVersion);
        change(vacancy, time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, EntityType, Key(id), vacancy.ServiceUnitId, fields);
        await db.SaveChangesAsync(ct);
        index.MarkStale();
        return await queries.GetAsync(id, ct);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
