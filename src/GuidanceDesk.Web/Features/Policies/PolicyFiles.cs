using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// Attachments of the library: taken in through the file intake (type by content, size, structure, virus hook — a
/// refused file leaves nothing stored) onto the current version, and served only after their SHA-256 is checked.
/// The public reads the attachments of the current version of a published public document, nothing else.
/// </summary>
public sealed class PolicyFiles(AppDbContext db, PolicyAccess access, FileIntake intake, FileReader reader, IFileStore store, AuditLog audit,
    PolicyCalendar calendar, TimeProvider time, IOptions<FileStoreOptions> options)
{
    public FileRules Rules => new(FileTypes.Documents, options.Value.MaxDocumentBytes);

    public async Task<long> AttachAsync(long id, int? version, Stream content, string fileName, CancellationToken ct)
    {
        var document = await access.LoadForChangeAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, document, version);
        // The rules the entity will apply, checked before the upload is taken in, so that a refusal stores nothing.
        if (document.IsEnded)
            throw new DomainRuleException("该文件已废止或被替代，不能再修改", "file");
        if (document.Attachments.Count(a => a.VersionNumber == document.CurrentNumber) >= PolicyDocument.MaxAttachmentsPerVersion)
            throw new DomainRuleException("每个版本最多 10 个附件", "file");
        var file = await intake.AcceptAsync(content, fileName, Rules, access.UserId, ct);
        db.StoredFiles.Add(file);
        var attachment = document.Attach(file, access.UserId, time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, PolicyAccess.EntityType, PolicyAccess.Key(id), document.ServiceUnitId,
            $"attachment;version={attachment.VersionNumber};sha256={file.Sha256}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Nothing refers to the bytes: take them out of the store again.
            await store.DeleteAsync(file.StorageKey, CancellationToken.None);
            throw;
        }
        return attachment.Id;
    }

    /// <summary>An attachment of a document the caller may read (staff).</summary>
    public Task<(Stream Content, StoredFile File)> OpenAsync(long id, long attachmentId, CancellationToken ct) =>
        OpenAsync(access.Visible().Where(d => d.Id == id), attachmentId, currentOnly: false, ct);

    /// <summary>An attachment of the current version of a published public document (anyone).</summary>
    public Task<(Stream Content, StoredFile File)> OpenPublicAsync(long id, long attachmentId, CancellationToken ct) =>
        OpenAsync(PolicyQueries.PublicDocuments(db, calendar.Today).Where(d => d.Id == id), attachmentId, currentOnly: true, ct);

    private async Task<(Stream, StoredFile)> OpenAsync(IQueryable<PolicyDocument> documents, long attachmentId, bool currentOnly, CancellationToken ct)
    {
        var found = await documents.SelectMany(d => d.Attachments.Where(a => a.Id == attachmentId && (!currentOnly || a.VersionNumber == d.CurrentNumber)))
            .Select(a => a.File).AsNoTracking().FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        return (await reader.OpenVerifiedAsync(found, ct), found);
    }
}
