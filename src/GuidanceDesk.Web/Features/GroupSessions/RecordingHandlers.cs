using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// 团体指导录音录像 (7.2.2d): the recording is stored once and filed in the archive of each attendee who consented to
/// being recorded in this session (a consent record of kind Recording, not withdrawn) and whose service agreement lets the archive keep audio or video
/// (7.2.1) — on the attendee's open case, else their latest. The others are left out, each with the reason. With nobody
/// to file it for, the upload is refused (422) and nothing is stored.
/// </summary>
public sealed class RecordingHandlers(AppDbContext db, GroupSessionAccess access, FileIntake intake, IFileStore store, AuditLog audit,
    IOptions<FileStoreOptions> options, TimeProvider time)
{
    public const string NoConsent = "出席者中没有人同意活动录音录像，录音录像不能归档，也不会保存";
    public const string NoAgreement = "同意录音录像的出席者，其服务协议均未约定保存该类文件（7.2.1），录音录像不能归档，也不会保存";

    public FileRules Rules => new(FileTypes.Recordings, options.Value.MaxRecordingBytes);

    /// <returns>(filed, left out).</returns>
    public async Task<(int Filed, int LeftOut)> UploadAsync(long id, Stream content, string fileName, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        session.EnsureCanAttachRecording();
        var attendees = session.Participants.Where(p => p.Attended == true).ToList();
        // The consent given for this session (in the portal at sign-up, or in person to staff), still not withdrawn.
        var consentIds = attendees.Select(p => p.RecordingConsentId).OfType<long>().ToList();
        var consented = await db.ConsentRecords.Where(c => consentIds.Contains(c.Id) && c.Kind == ConsentKind.Recording && c.WithdrawnAt == null)
            .Select(c => c.WorkerId).Distinct().ToListAsync(ct);
        if (consented.Count == 0)
            throw new DomainRuleException(NoConsent, "file");

        var file = await intake.AcceptAsync(content, fileName, Rules, access.UserId, ct);
        try
        {
            var scope = file.Type.Scope();
            var agreements = await db.ConsentRecords.Where(c => consented.Contains(c.WorkerId) && c.Kind == ConsentKind.ServiceAgreement && c.WithdrawnAt == null)
                .Select(c => new { c.WorkerId, c.Scope }).ToListAsync(ct);
            var allowed = agreements.Where(a => (a.Scope & scope) == scope).Select(a => a.WorkerId).ToHashSet();
            if (allowed.Count == 0)
                throw new DomainRuleException(NoAgreement, "file");
            return await FileAsync(session, attendees, consented, allowed, file, ct);
        }
        catch
        {
            await store.DeleteAsync(file.StorageKey, CancellationToken.None);
            throw;
        }
    }

    private async Task<(int, int)> FileAsync(GroupSession session, List<GroupSessionParticipant> attendees, List<long> consented,
        HashSet<long> allowed, StoredFile file, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var filing = attendees.Where(p => allowed.Contains(p.WorkerId)).Select(p => p.WorkerId).ToList();
        // The open case, else the latest one; none at all files the item on the worker (the archive keeps such items too).
        var cases = (await db.GuidanceCases.AsNoTracking().Where(c => filing.Contains(c.WorkerId))
                .Select(c => new { c.Id, c.WorkerId, c.ServiceUnitId, Open = c.ClosedAt == null, c.OpenedAt }).ToListAsync(ct))
            .GroupBy(c => c.WorkerId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Open).ThenByDescending(c => c.OpenedAt).First());
        var units = await db.Workers.Where(w => filing.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.ServiceUnitId, ct);
        var title = $"团体指导录音录像：{session.Topic}（{AgencyClock.DateOf(session.StartsAt):yyyy-MM-dd}）";

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(ct);
        session.AttachRecording(file.Id, access.Actor, now);
        var items = new List<(GroupSessionParticipant, ArchiveItem, long?)>();
        foreach (var p in attendees)
        {
            if (!allowed.Contains(p.WorkerId))
            {
                p.RecordRecording(consented.Contains(p.WorkerId) ? RecordingOutcome.AgreementExcludes : RecordingOutcome.NoConsent, null, null);
                continue;
            }
            var c = cases.GetValueOrDefault(p.WorkerId);
            var item = new ArchiveItem(c?.ServiceUnitId ?? units[p.WorkerId], p.WorkerId, c?.Id, ArchiveKind.GroupRecording, title,
                ArchiveOrigin.Uploaded, new ArchiveSource(GroupSessionAccess.EntityType, session.Id), file, access.UserId, null, now);
            db.ArchiveItems.Add(item);
            items.Add((p, item, c?.Id));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (p, item, caseId) in items)
        {
            p.RecordRecording(RecordingOutcome.Filed, item.Id, caseId);
            audit.Changed(db, AuditAction.Create, ArchiveAccess.EntityType, GroupSessionAccess.Key(item.Id), item.ServiceUnitId,
                $"kind={ArchiveKind.GroupRecording};sha256={file.Sha256};groupSession={GroupSessionAccess.Key(session.Id)}");
        }
        var leftOut = attendees.Count - items.Count;
        access.Changed(session, AuditAction.Update, $"recording;filed={items.Count};left-out={leftOut}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (items.Count, leftOut);
    }
}
