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

    public async Task<long> AddToCaseAsync(long caseId, GuidanceRecordForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(caseId, ct);
        if (c.IsClosed)
            throw new DomainRuleException("个案已结案，请先重新开启", "caseId");
        return await AddAsync(c.ServiceUnitId, c.WorkerId, c, form, ct);
    }

    public async Task<long> AddToWorkerAsync(long workerId, GuidanceRecordForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var worker = await user.Scope(db.Workers).AsNoTracking().Where(w => w.Id == workerId)
            .Select(w => new { w.Id, w.ServiceUnitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var open = await user.Scope(db.GuidanceCases).FirstOrDefaultAsync(c => c.WorkerId == workerId && c.Stage != CaseStage.Closed, ct);
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

    private async Task<long> AddAsync(long unitId, long workerId, GuidanceCase? c, GuidanceRecordForm form, CancellationToken ct)
    {
        var counselorId = form.CounselorId ?? user.StaffMemberId ?? c?.CounselorId
            ?? throw new DomainRuleException("请选择提供服务的职业指导人员", nameof(form.CounselorId));
        // A counselor of another unit who took the case on through a referral (8.1) records on it too.
        var holdsCase = c?.CounselorId == counselorId;
        if (!await db.StaffMembers.AnyAsync(s => s.Id == counselorId && (s.ServiceUnitId == unitId || holdsCase), ct))
            throw new DomainRuleException("所选职业指导人员不属于该服务单位", nameof(form.CounselorId));
        var now = time.GetUtcNow();
        var servedAs = await db.Workers.Where(w => w.Id == workerId).Select(w => new ServedAs(w.SpecialGroups, w.AssistanceCategory)).FirstAsync(ct);
        var record = new GuidanceRecord(unitId, workerId, c?.Id, counselorId, form.ToDetails(), user.UserId!, now, servedAs);
        db.GuidanceRecords.Add(record);
        audit.Changed(db, AuditAction.Create, EntityType, "worker:" + Key(workerId), unitId, record.Kind.ToString());
        await access.SaveWithActivityAsync(c, now, ct);
        return record.Id;
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
