using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Archive;

public sealed record ArchiveVersionView(int Number, long FileId, string FileName, FileType Type, long Length, string Sha256, DateTimeOffset AddedAt, string AddedBy, string? Note);

public sealed record ArchiveItemView(long Id, ArchiveKind Kind, string Title, ArchiveOrigin Origin, string? SourceType, long? SourceId,
    DateTimeOffset CreatedAt, DateOnly? RetainUntil, DateTimeOffset? DisposedAt, string? DisposalReason, int Version, IReadOnlyList<ArchiveVersionView> Versions);

public sealed record CaseArchiveView(long CaseId, long WorkerId, long UnitId, IReadOnlyList<KindStatus> Completeness, IReadOnlyList<ArchiveItemView> Items);

/// <summary>
/// Reading the archive: a case's items with their versions and the completeness of its kinds, and the content of a
/// version, served only after its SHA-256 check. Every read of the list and every download is in the audit log.
/// </summary>
public sealed class ArchiveQueries(ArchiveAccess access, ArchiveCompleteness completeness, FileReader reader, AuditLog audit)
{
    public async Task<CaseArchiveView> CaseAsync(long caseId, CancellationToken ct)
    {
        var c = await access.CaseAsync(caseId, ct);
        var items = await access.Items().AsNoTracking().Where(i => i.CaseId == caseId)
            .Include(i => i.Versions).ThenInclude(v => v.File)
            .OrderBy(i => i.Kind).ThenBy(i => i.Id).ToListAsync(ct);
        audit.Read(AuditAction.View, "CaseArchive", caseId.ToString(CultureInfo.InvariantCulture), c.ServiceUnitId, $"items={items.Count}");
        return new CaseArchiveView(c.Id, c.WorkerId, c.ServiceUnitId, await completeness.ForCaseAsync(caseId, ct), [.. items.Select(View)]);
    }

    public async Task<ArchiveItemView> ItemAsync(long id, CancellationToken ct)
    {
        var item = await access.ItemAsync(id, ct);
        audit.Read(AuditAction.View, ArchiveAccess.EntityType, id.ToString(CultureInfo.InvariantCulture), item.ServiceUnitId, null);
        return View(item);
    }

    /// <summary>The content of a version (the current one when null), verified; the download is audited.</summary>
    public async Task<(Stream Content, StoredFile File)> DownloadAsync(long id, int? number, CancellationToken ct)
    {
        var item = await access.ItemAsync(id, ct);
        var version = number is null ? item.Current : item.Versions.FirstOrDefault(v => v.Number == number) ?? throw new NotFoundException();
        // A disposed item is closed even when its bytes live on for other items (a group recording filed for several attendees).
        if (item.IsDisposed || version.File.ErasedAt is not null)
            throw new DomainRuleException("该档案已按保管期限销毁，文件已不存在");
        try
        {
            var stream = await reader.OpenVerifiedAsync(version.File, ct);
            audit.Read(AuditAction.Export, ArchiveAccess.EntityType, id.ToString(CultureInfo.InvariantCulture), item.ServiceUnitId, $"download;version={version.Number}");
            return (stream, version.File);
        }
        catch (FileIntegrityException)
        {
            audit.Read(AuditAction.Export, ArchiveAccess.EntityType, id.ToString(CultureInfo.InvariantCulture), item.ServiceUnitId, $"integrity-failed;version={version.Number}");
            throw;
        }
    }

    public static ArchiveItemView View(ArchiveItem i) => new(i.Id, i.Kind, i.Title, i.Origin, i.SourceType, i.SourceId, i.CreatedAt, i.RetainUntil,
        i.DisposedAt, i.DisposalReason, i.Version,
        [.. i.Versions.OrderBy(v => v.Number).Select(v => new ArchiveVersionView(v.Number, v.File.Id, v.File.FileName, v.File.Type, v.File.Length,
            v.File.Sha256, v.AddedAt, v.AddedByUserId, v.Note))]);
}
