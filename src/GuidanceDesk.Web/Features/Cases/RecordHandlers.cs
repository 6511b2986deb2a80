using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>
/// Guidance records and the other services of 7.1.10, all in the worker's one timeline (全程记录). A service given
/// without naming a case joins the worker's open case, if there is one.
/// </summary>
public sealed class RecordHandlers(AppDbContext db, CurrentUser user, CaseAccess access, AuditLog audit, TimeProvider time)
{
    public const string EntityType = "GuidanceRecord";

    // The worker's groups as served and whether the counselor may record for this unit, in one compiled round trip.
    private static readonly CompiledQuery<Func<AppDbContext, long, long, long, bool, CancellationToken, Task<RecordFacts>>> Facts = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, long workerId, long counselorId, long unitId, bool holdsCase, CancellationToken _) =>
            db.Workers.Where(w => w.Id == workerId).Select(w => new RecordFacts(new ServedAs(w.SpecialGroups, w.AssistanceCategory),
                db.StaffMembers.Any(s => s.Id == counselorId && (s.ServiceUnitId == unitId || holdsCase)))).First()));

    private sealed record RecordFacts(ServedAs ServedAs, bool CounselorMayRecord);

    public async Task<long> AddToCaseAsync(long caseId, GuidanceRecordForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.RefAsync(caseId, ct);
        if (c.IsClosed)
            throw new DomainRuleException("个案已结案，请先重新开启", "caseId");
        return await AddAsync(c.ServiceUnitId, c.WorkerId, c, form, ct);
    }

    public async Task<long> AddToWorkerAsync(long workerId, GuidanceRecordForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var worker = await user.Scope(db.Workers).AsNoTracking().Where(w => w.Id == workerId)
            .Select(w => new { w.Id, w.ServiceUnitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var open = await user.Scope(db.GuidanceCases).Where(c => c.WorkerId == workerId && c.Stage != CaseStage.Closed)
            .Select(CaseRef.Of).FirstOrDefaultAsync(ct);
        return await AddAsync(worker.ServiceUnitId, worker.Id, open, form, ct);
    }

    public async Task CorrectAsync(long recordId, GuidanceRecordForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var record = await user.Scope(db.Workers).Join(db.GuidanceRecords, w => w.Id, r => r.WorkerId, (w, r) => r)
            .FirstOrDefaultAsync(r => r.Id == recordId, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrent(db, record, form.Version);
        record.Correct(form.CounselorId ?? record.CounselorId, form.ToDetails(), time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, EntityType, Key(record.Id), record.ServiceUnitId, "corrected");
        await db.SaveChangesAsync(ct);
    }

    private async Task<long> AddAsync(long unitId, long workerId, CaseRef? c, GuidanceRecordForm form, CancellationToken ct)
    {
        var counselorId = form.CounselorId ?? user.StaffMemberId ?? c?.CounselorId
            ?? throw new DomainRuleException("请选择提供服务的职业指导人员", nameof(form.CounselorId));
        // A counselor of another unit who took the case on through a referral (8.1) records on it too.
        var holdsCase = c?.CounselorId == counselorId;
        var facts = await Facts.For(db)(db, workerId, counselorId, unitId, holdsCase, ct);
        if (!facts.CounselorMayRecord)
            throw new DomainRuleException("所选职业指导人员不属于该服务单位", nameof(form.CounselorId));
        var now = time.GetUtcNow();
        var record = new GuidanceRecord(unitId, workerId, c?.Id, counselorId, form.ToDetails(), user.UserId!, now, facts.ServedAs);
        db.GuidanceRecords.Add(record);
        audit.Changed(db, AuditAction.Create, EntityType, "worker:" + Key(workerId), unitId, record.Kind.ToString());
        await access.SaveWithActivityAsync(c?.Id, now, ct);
        return record.Id;
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
