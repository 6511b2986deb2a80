using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// A worker's correction or deletion request, from filing to completion (4.6.2b; PIPL arts. 46–47). Each step is one
/// transaction with its audit entry, checks the version the caller saw (stale → 409) and answers 422 when the request's
/// state does not allow it. A correction is applied through the worker registry's own update (<see cref="CorrectionApplier"/>);
/// a deletion anonymises at once when nothing keeps the record, else waits for the day the nightly job finds.
/// </summary>
public sealed class RequestHandlers(AppDbContext db, CurrentUser user, RequestQueries queries, PersonalDataProtector protector, AuditLog audit,
    QualityNotices notices, WorkingDayDeadlines deadlines, IOptions<PrivacyOptions> options, ErasureScheduler erasure,
    CorrectionApplier corrections, TimeProvider time, AgencyClock clock)
{
    public const string EntityType = "DataSubjectRequest";

    /// <summary>The signed-in worker files a request; the unit's head and managers are told.</summary>
    public async Task<long> FileAsync(DataRequestForm f, CancellationToken ct)
    {
        var self = user.IsInRole(Roles.Worker) && user.WorkerId is { } w ? w : throw new ForbiddenException("请以劳动者身份登录后提出");
        var worker = await db.Workers.AsNoTracking().Where(x => x.Id == self && x.AnonymisedAt == null)
            .Select(x => new { x.Id, x.ServiceUnitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var kind = f.Kind!.Value;
        var field = kind == DataRequestKind.Correction ? f.Field : null;
        if (await db.DataSubjectRequests.AnyAsync(r => r.WorkerId == self && r.Kind == kind && r.Field == field
                && (r.Status == DataRequestStatus.Submitted || r.Status == DataRequestStatus.Accepted), ct))
            throw new ConflictException("您已有一项同类请求正在办理，请等待办理结果", nameof(f.Kind));
        var value = field is { } c and not CorrectionField.Other && f.ProposedValue is { } v
            ? DataRequestForm.Normalize(c, v, clock.Today) ?? throw new DomainRuleException("请填写正确的信息", nameof(f.ProposedValue))
            : null;
        var today = clock.Today;
        var request = new DataSubjectRequest(worker.ServiceUnitId, self, kind, field, value is null ? null : protector.Protect(value),
            f.Details, deadlines.After(today, options.Value.AnswerWithinWorkingDays), user.DisplayName, time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.DataSubjectRequests.Add(request);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, Fmt.Id(request.Id), worker.ServiceUnitId, $"{kind};worker={Fmt.Id(self)}");
        await notices.ToUnitAsync(worker.ServiceUnitId, QualityNotices.Oversight, "个人信息请求待办理",
            $"劳动者提出个人信息{PrivacyLabels.Of(kind)}请求（编号 {Fmt.Id(request.Id)}），请于 {Fmt.Date(request.DueOn)} 前答复。",
            $"privacy:{Fmt.Id(request.Id)}:submitted", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return request.Id;
    }

    /// <summary>Accepts. A deletion is carried out now when nothing keeps the record, else it waits (with its day when known).</summary>
    public async Task AcceptAsync(long id, DataRequestStep s, CancellationToken ct)
    {
        var r = await LoadAsync(id, s.Version, ct);
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        r.Accept(user.DisplayName, now);
        audit.Changed(db, AuditAction.Update, EntityType, Fmt.Id(r.Id), r.ServiceUnitId, "accepted");
        IReadOnlyList<string> erase = [];
        if (r.Kind == DataRequestKind.Deletion)
            erase = await erasure.EraseOrWaitAsync(r, user.DisplayName, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await erasure.EraseFilesAsync(erase, ct);
    }

    public async Task RejectAsync(long id, RejectDataRequest s, CancellationToken ct)
    {
        var r = await LoadAsync(id, s.Version, ct);
        r.Reject(s.Reason ?? "", user.DisplayName, time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, EntityType, Fmt.Id(r.Id), r.ServiceUnitId, "rejected");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Completes an accepted request. A correction of a known field applies the value (the one the staff member typed,
    /// else the proposed one) to the worker's record in the same transaction; "other" was corrected by hand and is closed
    /// with a note. A deletion completes here only once it is possible (else 422 with the reason).
    /// </summary>
    public async Task CompleteAsync(long id, CompleteDataRequest s, CancellationToken ct)
    {
        var r = await LoadAsync(id, s.Version, ct);
        if (r.Status != DataRequestStatus.Accepted)
            throw new DomainRuleException("受理后才能办结", "status");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        IReadOnlyList<string> erase = [];
        if (r.Kind == DataRequestKind.Correction)
        {
            var what = await corrections.ApplyAsync(r, s.Value, ct);
            r.Complete(string.IsNullOrWhiteSpace(s.Note) ? what : what + "。" + s.Note.Trim(), user.DisplayName, time.GetUtcNow());
        }
        else
        {
            erase = await erasure.EraseOrWaitAsync(r, user.DisplayName, ct);
            if (r.Status != DataRequestStatus.Completed)
                throw new DomainRuleException(r.ErasableOn is { } d ? $"档案保管期限未满，{Fmt.Date(d)} 起才能删除" : "劳动者有未结束的个案，个案结束后才能删除", "erasableOn");
        }
        audit.Changed(db, AuditAction.Update, EntityType, Fmt.Id(r.Id), r.ServiceUnitId, "completed");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await erasure.EraseFilesAsync(erase, ct);
    }

    private async Task<DataSubjectRequest> LoadAsync(long id, int? version, CancellationToken ct)
    {
        if (!(user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager)))
            throw new ForbiddenException("个人信息请求由本单位负责人或专业管理人员办理");
        var r = await queries.Scope().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrentIfGiven(db, r, version);
        return r;
    }
}
