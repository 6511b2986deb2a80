using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>Internal audits and recorded outside supervision (9.1.2): plan, start, record findings, complete.</summary>
public sealed class AuditHandlers(AppDbContext db, QualityAccess access, TimeProvider time, AgencyClock clock)
{
    public async Task<long> CreateAsync(AuditRequest r, CancellationToken ct)
    {
        var unit = r.ServiceUnitId ?? 0;
        access.EnsureManages(unit);
        if (!await db.ServiceUnits.AnyAsync(u => u.Id == unit, ct))
            throw new DomainRuleException("服务单位不存在", nameof(r.ServiceUnitId));
        var audit = new InternalAudit(unit, r.Kind!.Value, r.Title ?? "", r.Scope ?? "", r.Auditors ?? "", r.SupervisingBody,
            r.PlannedStart!.Value, r.PlannedEnd!.Value, access.Name, time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.InternalAudits.Add(audit);
        await db.SaveChangesAsync(ct);
        access.Changed(QualityAccess.AuditEntity, audit.Id, unit, AuditAction.Create, audit.Kind.ToString());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return audit.Id;
    }

    public Task UpdateAsync(long id, AuditRequest r, CancellationToken ct) => StepAsync(id, r.Version, a =>
        a.Revise(r.Kind!.Value, r.Title ?? "", r.Scope ?? "", r.Auditors ?? "", r.SupervisingBody, r.PlannedStart!.Value, r.PlannedEnd!.Value), "revised", ct);

    public Task StartAsync(long id, AuditNoteRequest r, CancellationToken ct) => StepAsync(id, r.Version, a => a.Start(clock.Today), "started", ct);

    public Task AddFindingAsync(long id, FindingRequest r, CancellationToken ct) => StepAsync(id, r.Version, a =>
        a.AddFinding(r.ClauseRef ?? "", r.Description ?? "", r.Severity!.Value, access.Name, time.GetUtcNow()), "finding", ct);

    public Task CompleteAsync(long id, AuditNoteRequest r, CancellationToken ct) => StepAsync(id, r.Version, a =>
        a.Complete(r.Note ?? "", clock.Today), "completed", ct);

    private async Task StepAsync(long id, int? version, Action<InternalAudit> step, string what, CancellationToken ct)
    {
        var a = await access.Audits().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        access.EnsureManages(a.ServiceUnitId);
        ETags.EnsureCurrentIfGiven(db, a, version);
        step(a);
        access.Changed(QualityAccess.AuditEntity, a.Id, a.ServiceUnitId, AuditAction.Update, what);
        await db.SaveChangesAsync(ct);
    }
}
