using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>
/// Keeping the registry of training providers (7.1.5): details, qualifications, checks, retirement. Managers, heads and
/// the admin only (the API group and the pages say so too; this is the last line). One transaction and audit entry each.
/// </summary>
public sealed class ProviderHandlers(AppDbContext db, CurrentUser user, AuditLog audit, TimeProvider time, AgencyClock clock)
{
    public const string EntityType = "TrainingProvider";

    public async Task<long> CreateAsync(ProviderRequest r, CancellationToken ct)
    {
        EnsureKeeper();
        var provider = new TrainingProvider(r.ToDetails(), time.GetUtcNow());
        await EnsureCodeFreeAsync(provider.CreditCode, null, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.TrainingProviders.Add(provider);
        await SaveAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, Key(provider.Id), null, provider.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return provider.Id;
    }

    public Task UpdateAsync(long id, ProviderRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, async p =>
    {
        var details = r.ToDetails();
        await EnsureCodeFreeAsync(details.CreditCode.Trim().ToUpperInvariant(), id, ct);
        p.Update(details);
        return "details";
    }, ct);

    /// <summary>Adds a qualification, or with <see cref="QualificationRequest.ReplacesLine"/> renews one (the old line is kept).</summary>
    public Task AddQualificationAsync(long id, QualificationRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, p =>
    {
        var q = p.AddQualification(r.Kind!.Value, r.Number!, r.Issuer!, r.ValidFrom!.Value, r.ValidTo, clock.Today, r.ReplacesLine);
        return Task.FromResult(r.ReplacesLine is { } old ? $"qualification:{old}->{q.Line}" : $"qualification:{q.Line}");
    }, ct);

    public Task RecordCheckAsync(long id, CheckRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, p =>
    {
        var c = p.RecordCheck(r.Kind!.Value, r.CheckedOn!.Value, r.CheckedBy!, r.Passed!.Value, r.Note, user.DisplayName, clock.Today,
            time.GetUtcNow());
        return Task.FromResult($"check:{c.Kind}:{(c.Passed ? "passed" : "failed")}");
    }, ct);

    public Task RetireAsync(long id, RetireRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, p =>
    {
        p.Retire(r.Reason!, time.GetUtcNow());
        return Task.FromResult("retired");
    }, ct);

    private async Task ChangeAsync(long id, int? version, Func<TrainingProvider, Task<string>> change, CancellationToken ct)
    {
        EnsureKeeper();
        var provider = await db.TrainingProviders.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrentIfGiven(db, provider, version);
        var what = await change(provider);
        audit.Changed(db, AuditAction.Update, EntityType, Key(id), null, what);
        await SaveAsync(ct);
    }

    private async Task EnsureCodeFreeAsync(string code, long? self, CancellationToken ct)
    {
        var other = await db.TrainingProviders.Where(p => p.CreditCode == code && p.Id != self).Select(p => (long?)p.Id).FirstOrDefaultAsync(ct);
        if (other is { } existing)
            throw new DuplicateException("该统一社会信用代码的培训机构已登记", nameof(ProviderRequest.CreditCode), EntityType, existing);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConflictException("该统一社会信用代码的培训机构已登记", nameof(ProviderRequest.CreditCode));
        }
    }

    private void EnsureKeeper()
    {
        if (!(user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Admin)))
            throw new ForbiddenException("只有专业管理人员、负责人或系统管理员可以维护培训机构名录");
    }

    internal static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
