using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>
/// Uploads into a case's archive and new versions of its items. Staff upload what the worker handed in (b) and paper
/// satisfaction forms (g); the other kinds are filed by the system (or, for recordings, by the group session). A
/// file the worker's service agreement does not let the archive keep (7.2.1: text, audio, video) is refused.
/// </summary>
public sealed class ArchiveHandlers(AppDbContext db, ArchiveAccess access, FileIntake intake, IFileStore store, AuditLog audit, TimeProvider time,
    IOptions<FileStoreOptions> options)
{
    public static readonly ArchiveKind[] UploadableKinds = [ArchiveKind.PersonalMaterial, ArchiveKind.SatisfactionForm];

    /// <summary>
    /// Personal materials may also be a video CV or an audio recording the worker hands in (kept only if the service
    /// agreement covers audio / video); recordings have the larger limit, documents their own.
    /// </summary>
    public FileRules RulesFor(ArchiveKind kind) => kind switch
    {
        ArchiveKind.GroupRecording => new FileRules(FileTypes.Recordings, options.Value.MaxRecordingBytes),
        ArchiveKind.PersonalMaterial => new FileRules([.. FileTypes.Documents, .. FileTypes.Recordings], options.Value.MaxRecordingBytes,
            MaxDocumentBytes: options.Value.MaxDocumentBytes),
        _ => new FileRules(FileTypes.Documents, options.Value.MaxDocumentBytes),
    };

    public async Task<long> UploadAsync(long caseId, ArchiveKind kind, string? title, string? note, Stream content, string fileName, CancellationToken ct)
    {
        var c = await access.CaseAsync(caseId, ct);
        if (!UploadableKinds.Contains(kind))
            throw new DomainRuleException("该类资料由系统自动归档（预约登记表、过程记录表、测评报告、转介表），录音录像在团体指导中上传", "kind");
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > ArchiveItem.MaxTitleLength)
            throw new DomainRuleException("请填写资料名称（不超过200字）", "title");
        if (kind == ArchiveKind.SatisfactionForm && !access.ReadsSatisfactionForms)
            throw new ForbiddenException("纸质满意度反馈表由档案管理员或专业管理人员上传（反馈不向职业指导人员公开）");

        // An agreement is needed before anything is stored; whether it covers audio or video is known once the content is.
        await EnsureAgreementAllowsAsync(c.WorkerId, ArchiveScope.None, ct);
        var file = await intake.AcceptAsync(content, fileName, RulesFor(kind), access.UserId, ct);
        await EnsureAgreementAllowsOrDeleteAsync(c.WorkerId, file, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.StoredFiles.Add(file);
        var item = new ArchiveItem(c.ServiceUnitId, c.WorkerId, c.Id, kind, title, ArchiveOrigin.Uploaded, null, file, access.UserId, note, time.GetUtcNow());
        db.ArchiveItems.Add(item);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, ArchiveAccess.EntityType, item.Id.ToString(CultureInfo.InvariantCulture), c.ServiceUnitId, $"kind={kind};sha256={file.Sha256}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return item.Id;
    }

    /// <summary>A new version of an item; an <paramref name="expectedVersion"/> that is not current is a stale write (409).</summary>
    public async Task<int> AddVersionAsync(long itemId, int? expectedVersion, string? note, Stream content, string fileName, CancellationToken ct)
    {
        var item = await access.ItemAsync(itemId, ct);
        if (expectedVersion is { } v && v != item.Version)
            throw new StaleWriteException(item.Version);
        await EnsureAgreementAllowsAsync(item.WorkerId, item.Current.File.Type.Scope(), ct);
        var file = await intake.AcceptAsync(content, fileName, RulesFor(item.Kind), access.UserId, ct);
        await EnsureAgreementAllowsOrDeleteAsync(item.WorkerId, file, ct);

        db.StoredFiles.Add(file);
        var version = item.AddVersion(file, access.UserId, note, time.GetUtcNow());
        item.BumpVersion();
        audit.Changed(db, AuditAction.Update, ArchiveAccess.EntityType, item.Id.ToString(CultureInfo.InvariantCulture), item.ServiceUnitId, $"version={version.Number};sha256={file.Sha256}");
        await db.SaveChangesAsync(ct);
        return version.Number;
    }

    /// <summary>The stored bytes go again when the agreement does not cover what they turned out to be: nothing is kept.</summary>
    private async Task EnsureAgreementAllowsOrDeleteAsync(long workerId, StoredFile file, CancellationToken ct)
    {
        try
        {
            await EnsureAgreementAllowsAsync(workerId, file.Type.Scope(), ct);
        }
        catch (DomainRuleException)
        {
            await store.DeleteAsync(file.StorageKey, ct);
            throw;
        }
    }

    private async Task EnsureAgreementAllowsAsync(long workerId, ArchiveScope scope, CancellationToken ct)
    {
        var agreements = await db.ConsentRecords.Where(r => r.WorkerId == workerId && r.Kind == ConsentKind.ServiceAgreement && r.WithdrawnAt == null)
            .Select(r => r.Scope).ToListAsync(ct);
        if (!agreements.Any(s => (s & scope) == scope))
            throw new DomainRuleException(scope switch
            {
                ArchiveScope.Audio => "服务协议未约定保存录音，不能归档该文件（7.2.1）",
                ArchiveScope.Video => "服务协议未约定保存录像，不能归档该文件（7.2.1）",
                _ => "劳动者尚未签订服务协议或协议未约定保存文字资料（7.2.1）",
            }, "file");
    }
}
