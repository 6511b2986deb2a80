using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Opening a case and moving it through the stages of 6.1; one transaction and one audit entry each.</summary>
public sealed class CaseHandlers(AppDbContext db, CurrentUser user, CaseAccess access, TimeProvider time, AgencyClock clock)
{
    public async Task<long> OpenAsync(OpenCaseRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var worker = await user.Scope(db.Workers).FirstOrDefaultAsync(w => w.Id == r.WorkerId, ct) ?? throw new NotFoundException();
        var open = await db.GuidanceCases.Where(c => c.WorkerId == worker.Id && c.Stage != CaseStage.Closed)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        if (open is { } existing)
            throw new DuplicateException("该劳动者已有进行中的个案", nameof(r.WorkerId), "GuidanceCase", existing);
        var now = time.GetUtcNow();
        var c = new GuidanceCase(worker.ServiceUnitId, worker.Id, r.Channel, access.Actor, r.Reason ?? "建立个案", now);
        // The opening counselor takes the case unless the worker already has one assigned in the registry.
        var counselor = worker.CounselorId ?? user.StaffMemberId;
        if (counselor is { } cid)
            c.Assign(cid, access.Actor, worker.CounselorId is null ? "建档人员承接" : "沿用劳动者登记的职业指导人员", false, now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.GuidanceCases.Add(c);
        await SaveUniqueAsync(worker.Id, ct);
        if (r.AppointmentId is { } aid)
        {
            var appointment = await db.Appointments.FirstOrDefaultAsync(a => a.Id == aid && a.WorkerId == worker.Id, ct)
                ?? throw new DomainRuleException("该预约不属于此劳动者", nameof(r.AppointmentId));
            appointment.LinkCase(c.Id);
        }
        // Earlier appointments of this worker without a case join it, so their forms are filed in its archive (7.2.2a).
        await db.Appointments.Where(a => a.WorkerId == worker.Id && a.CaseId == null && a.Status != AppointmentStatus.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CaseId, c.Id), ct);
        access.Audit(c, AuditAction.Create, "opened");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return c.Id;
    }

    public Task RecordIntakeAsync(long id, IntakeForm form, CancellationToken ct) =>
        ChangeAsync(id, form.Version, required: true, "intake", c => c.RecordIntake(form.ToNotes(), time.GetUtcNow()), ct);

    public Task RecordNeedsAsync(long id, NeedsForm form, CancellationToken ct) =>
        ChangeAsync(id, form.Version, required: true, "needs", c => c.RecordNeeds(form.NeededSet, IntakeForm.Blank(form.Analysis), time.GetUtcNow()), ct);

    public async Task MoveAsync(long id, MoveRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, c, r.Version);
        c.MoveTo(r.To, await access.FactsAsync(c, ct), access.Actor, r.Reason, time.GetUtcNow());
        access.Audit(c, AuditAction.Update, "stage:" + r.To);
        await db.SaveChangesAsync(ct);
    }

    public Task RecordReviewAsync(long id, ReviewForm form, CancellationToken ct) =>
        ChangeAsync(id, null, required: false, "review", c => c.RecordReviewAnalysis(form.Analysis.Trim(), time.GetUtcNow()), ct);

    /// <summary>Closing ends the running plan and its open follow-ups; an employment outcome updates the registry.</summary>
    public async Task CloseAsync(long id, CloseRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, c, r.Version);
        var now = time.GetUtcNow();
        var worker = await db.Workers.FirstAsync(w => w.Id == c.WorkerId, ct);
        c.Close(r.ToOutcome(), ServedAs.Of(worker), access.Actor, r.Reason, now);
        foreach (var plan in await db.EmploymentPlans.Where(p => p.CaseId == id && (p.Status == PlanStatus.Active || p.Status == PlanStatus.Draft)).ToListAsync(ct))
            plan.Complete(now);
        foreach (var f in await db.FollowUps.Where(f => f.CaseId == id && f.Status == FollowUpStatus.Scheduled).ToListAsync(ct))
            f.Cancel();
        var status = r.Outcome switch
        {
            OutcomeKind.Employed => EmploymentStatus.Employed,
            OutcomeKind.SelfEmployed => EmploymentStatus.Flexible,
            _ => (EmploymentStatus?)null,
        };
        if (status is { } s)
            worker.SetEmploymentStatus(s, now);
        access.Audit(c, AuditAction.Update, "closed:" + r.Outcome);
        await db.SaveChangesAsync(ct);
    }

    public Task ReopenAsync(long id, string reason, CancellationToken ct) =>
        ChangeAsync(id, null, required: false, "reopened", c => c.Reopen(access.Actor, reason, time.GetUtcNow()), ct);

    public Task RecordChecklistAsync(long id, ChecklistRequest r, CancellationToken ct) =>
        ChangeAsync(id, null, required: false, "checklist:" + r.ItemCode,
            c => c.RecordChecklistItem(r.ItemCode, r.DoneOn ?? clock.Today, user.StaffMemberId, IntakeForm.Blank(r.Note), time.GetUtcNow()), ct);

    /// <summary>Edits of a form's fields need the version they were based on; commands check it when given.</summary>
    private async Task ChangeAsync(long id, int? expectedVersion, bool required, string what, Action<GuidanceCase> change, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(id, ct);
        if (required)
            ETags.EnsureCurrent(db, c, expectedVersion);
        else
            ETags.EnsureCurrentIfGiven(db, c, expectedVersion);
        change(c);
        access.Audit(c, AuditAction.Update, what);
        await db.SaveChangesAsync(ct);
    }

    private async Task SaveUniqueAsync(long workerId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConflictException($"该劳动者（编号 {workerId}）已有进行中的个案", nameof(OpenCaseRequest.WorkerId));
        }
    }
}
