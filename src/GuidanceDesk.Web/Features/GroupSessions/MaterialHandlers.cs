using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// 宣讲材料 (7.1.2): uploads (checked by content, size, structure and viruses; nothing stored on a refusal), taking back a
/// material not sent yet, marking them ready (the scan then sends them on the deadline morning at the latest), sending
/// them now — to every participant, in the portal and by SMS, recorded per participant — and verified downloads.
/// </summary>
public sealed class MaterialHandlers(AppDbContext db, GroupSessionAccess access, FileIntake intake, IFileStore store, FileReader reader,
    GroupSessionNotices notices, IOptions<FileStoreOptions> options, TimeProvider time, AgencyClock clock)
{
    public FileRules Rules => new(FileTypes.Slides, options.Value.MaxDocumentBytes);

    /// <returns>The new material's line number.</returns>
    public async Task<int> UploadAsync(long id, string? title, Stream content, string fileName, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        var name = session.EnsureCanAddMaterial(string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(fileName) : title);
        var file = await intake.AcceptAsync(content, fileName, Rules, access.UserId, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(ct);
            var material = session.AddMaterial(file.Id, name, file.FileName, file.Length, access.Actor, time.GetUtcNow());
            access.Changed(session, AuditAction.Update, $"material:{material.Line};sha256={file.Sha256}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return material.Line;
        }
        catch
        {
            // Nothing half-written: the row is rolled back with the transaction, the bytes go here.
            await store.DeleteAsync(file.StorageKey, CancellationToken.None);
            throw;
        }
    }

    public async Task RemoveAsync(long id, int line, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        var material = session.RemoveMaterial(line);
        var file = await db.StoredFiles.FirstAsync(f => f.Id == material.StoredFileId, ct);
        file.MarkErased(time.GetUtcNow());
        access.Changed(session, AuditAction.Update, $"material-removed:{line}");
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(file.StorageKey, ct);
    }

    public async Task ReadyAsync(long id, int? version, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, session, version);
        session.MarkMaterialsReady(time.GetUtcNow());
        access.Changed(session, AuditAction.Update, "materials-ready");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends now what has not been sent; returns how many participants got it.</summary>
    public async Task<int> SendAsync(long id, int? version, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, session, version);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var count = await DispatchAsync(db, notices, session, clock.Today, time.GetUtcNow(), ct);
        access.Changed(session, AuditAction.Update, $"materials-sent:{count};late={session.IsMaterialsLate(clock.Today)}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return count;
    }

    /// <summary>The sending itself, shared with the scan: the session's state and the outbox rows, in the caller's transaction.</summary>
    public static async Task<int> DispatchAsync(AppDbContext db, GroupSessionNotices notices, GroupSession session, DateOnly today,
        DateTimeOffset now, CancellationToken ct)
    {
        var to = session.SendMaterials(today, now);
        await notices.MaterialsAsync(session, to, ct);
        await db.SaveChangesAsync(ct);
        return to.Count;
    }

    /// <summary>A material of a session within reach, its bytes checked against the SHA-256 taken at upload.</summary>
    public async Task<(Stream Content, StoredFile File)> OpenAsync(long id, int line, CancellationToken ct)
    {
        var session = await access.Sessions().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
        var material = session.Materials.FirstOrDefault(m => m.Line == line) ?? throw new NotFoundException();
        access.Read(session.Id, session.ServiceUnitId, "material:" + line);
        return await OpenFileAsync(db, reader, material.StoredFileId, ct);
    }

    public static async Task<(Stream Content, StoredFile File)> OpenFileAsync(AppDbContext db, FileReader reader, long fileId, CancellationToken ct)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstAsync(f => f.Id == fileId, ct);
        return (await reader.OpenVerifiedAsync(file, ct), file);
    }
}
