using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// Anonymises one worker's record (PIPL art. 47) once nothing requires keeping it: the worker's identifying fields
/// (<see cref="Worker.Anonymise"/>), the personal text of every record about them (<see cref="PersonalText"/>), the
/// complainant's phone, the archive's files (disposed with a record, as the custodian would at the end of the term) and
/// the portal account. The records themselves stay, with their kinds, dates, codes and outcomes, so that statistics,
/// the conformance report and the archive's completeness count them as before. The caller owns the transaction; the
/// files' bytes are erased after it commits (a crash in between leaves bytes of a disposed item, never the reverse).
/// </summary>
public sealed class Anonymiser(AppDbContext db, PersonalDataProtector protector, AuditLog audit, IFileStore store, CurrentUser user,
    TimeProvider time, AgencyClock clock, ILogger<Anonymiser> logger)
{
    public const string DisposalReason = "个人信息删除（匿名化）";

    /// <summary>In a transaction of its own (the nightly job); false when the record was anonymised already.</summary>
    public async Task<bool> AnonymiseAsync(long workerId, string reason, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var erase = await ApplyAsync(workerId, reason, ct);
        if (erase is null)
            return false;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await EraseAsync(erase, ct);
        return true;
    }

    /// <summary>Changes everything in the context (not saved); returns the storage keys to erase after the commit, or null if already anonymised.</summary>
    public async Task<IReadOnlyList<string>?> ApplyAsync(long workerId, string reason, CancellationToken ct)
    {
        var worker = await db.Workers.FirstOrDefaultAsync(w => w.Id == workerId, ct) ?? throw new NotFoundException();
        if (worker.IsAnonymised)
            return null;
        var now = time.GetUtcNow();
        var key = workerId.ToString(CultureInfo.InvariantCulture);
        // The ID number's columns are required and its hash unique: a placeholder that decrypts to the anonymised name and
        // a hash no HMAC can produce (not hex), so no lookup by any ID number ever finds the record again.
        worker.Anonymise(new ProtectedValue(protector.Protect(Worker.AnonymisedName), "anonymised:" + key), now);
        await LoadRecordsAsync(workerId, key, ct);
        foreach (var complaint in db.ChangeTracker.Entries<Complaint>().Select(e => e.Entity).ToList())
            db.Entry(complaint).Reference(c => c.Phone).CurrentValue = null;
        var texts = PersonalText.Redact(db);
        var erase = await DisposeArchiveAsync(workerId, now, ct);
        db.Users.RemoveRange(await db.Users.Where(u => u.WorkerId == workerId).ToListAsync(ct));
        audit.Changed(db, AuditAction.Delete, Workers.WorkerHandlers.EntityType, key, worker.ServiceUnitId,
            $"anonymised; texts={texts.ToString(CultureInfo.InvariantCulture)}; files={erase.Count.ToString(CultureInfo.InvariantCulture)}; {reason}");
        return erase;
    }

    public async Task EraseAsync(IReadOnlyList<string> storageKeys, CancellationToken ct)
    {
        foreach (var k in storageKeys)
        {
            try
            {
                await store.DeleteAsync(k, ct);
            }
            catch (IOException e)
            {
                // The item is disposed and its file marked erased; a stray file is found again by the backup's check.
                logger.LogWarning(e, "Could not erase stored file {Key} of an anonymised record", k);
            }
        }
    }

    /// <summary>Everything about the worker, tracked, so that the redaction sees it (owned parts come with their owners).</summary>
    private async Task LoadRecordsAsync(long workerId, string key, CancellationToken ct)
    {
        await db.ConsentRecords.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.Appointments.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.GuidanceCases.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.GuidanceRecords.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.EmploymentPlans.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.FollowUps.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.CaseMessages.Where(m => db.GuidanceCases.Any(c => c.Id == m.CaseId && c.WorkerId == workerId)).LoadAsync(ct);
        await db.AssessmentPlans.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.Assessments.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.CareerTendencyReports.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.CaseReferrals.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.Placements.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.RiskAlerts.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.SatisfactionResponses.Where(r => db.SatisfactionSurveys.Any(s => s.Id == r.SurveyId && s.WorkerId == workerId)).LoadAsync(ct);
        await db.TrainingRecommendations.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.Complaints.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.DataSubjectRequests.Where(x => x.WorkerId == workerId).LoadAsync(ct);
        await db.OutboxMessages.Where(m => m.RecipientKind == RecipientKind.Worker && m.RecipientId == key).LoadAsync(ct);
        await db.ArchiveItems.Include(i => i.Versions).ThenInclude(v => v.File).Where(i => i.WorkerId == workerId).LoadAsync(ct);
    }

    /// <summary>
    /// Disposes of every live item of the worker's archive, as the custodian does at the end of the term: the item's
    /// record stays (kind, dates, who disposed of it and why), the bytes go — except a group recording's file that another
    /// attendee's live item still holds.
    /// </summary>
    private async Task<List<string>> DisposeArchiveAsync(long workerId, DateTimeOffset now, CancellationToken ct)
    {
        var today = clock.Today;
        var years = await db.ArchiveRetentionRules.ToDictionaryAsync(r => r.Kind, r => r.Years, ct);
        var closed = db.GuidanceCases.Local.Where(c => c.WorkerId == workerId).ToDictionary(c => c.Id, c => c.ClosedAt);
        var live = db.ArchiveItems.Local.Where(i => i.WorkerId == workerId && i.DisposedAt is null).ToList();
        foreach (var item in live)
        {
            if (item.RetainUntil is null)
                item.SetRetention(RetentionCheck.RetentionOf(item, item.CaseId is { } c ? closed.GetValueOrDefault(c) : null, years));
            item.Dispose(user.UserId ?? SystemUser.Id, DisposalReason, today, now);
        }
        var ids = live.Select(i => i.Id).ToList();
        var fileIds = live.SelectMany(i => i.Versions).Select(v => v.StoredFileId).ToList();
        var shared = await db.ArchiveItems.Where(i => !ids.Contains(i.Id) && i.DisposedAt == null)
            .SelectMany(i => i.Versions).Where(v => fileIds.Contains(v.StoredFileId)).Select(v => v.StoredFileId).ToListAsync(ct);
        var erased = live.SelectMany(i => i.Versions).Select(v => v.File).Where(f => !shared.Contains(f.Id) && f.ErasedAt is null)
            .DistinctBy(f => f.Id).ToList();
        foreach (var f in erased)
        {
            f.MarkErased(now);
            db.Entry(f).Property(x => x.FileName).CurrentValue = PersonalText.Placeholder;
        }
        return [.. erased.Select(f => f.StorageKey)];
    }
}
