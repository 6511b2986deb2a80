using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Archive;

public sealed record RetentionRuleView(ArchiveKind Kind, int Years, string Basis, DateTimeOffset UpdatedAt, int Version);

public sealed record IntegrityResult(long ItemId, int Version, bool Intact);

/// <summary>
/// The custodian's keeping of the archive (7.2.1–7.2.2): retention per kind, the retention date of each item once
/// its case closes, disposal with a record (the bytes are erased, the record of what existed and why it went stays),
/// and integrity checks of the stored files.
/// </summary>
public sealed class ArchiveKeeping(AppDbContext db, ArchiveAccess access, FileReader reader, IFileStore store, AuditLog audit,
    TimeProvider time, AgencyClock clock)
{
    public async Task<IReadOnlyList<RetentionRuleView>> RulesAsync(CancellationToken ct) =>
        await db.ArchiveRetentionRules.AsNoTracking().OrderBy(r => r.Kind)
            .Select(r => new RetentionRuleView(r.Kind, r.Years, r.Basis, r.UpdatedAt, r.Version)).ToListAsync(ct);

    public async Task SetRuleAsync(ArchiveKind kind, int years, string basis, int? expectedVersion, CancellationToken ct)
    {
        access.EnsureCustodian();
        var rule = await db.ArchiveRetentionRules.FirstAsync(r => r.Kind == kind, ct);
        if (expectedVersion is { } v && v != rule.Version)
            throw new Infrastructure.Http.StaleWriteException(rule.Version);
        rule.Set(years, basis, access.UserId, time.GetUtcNow());
        rule.BumpVersion();
        audit.Changed(db, AuditAction.Update, "ArchiveRetentionRule", kind.ToString(), null, $"years={years}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets the retention date of the items of closed cases that have none yet; returns how many were set.</summary>
    public static async Task<int> ApplyRetentionAsync(AppDbContext db, TimeProvider time, CancellationToken ct, int batch = 5000)
    {
        var years = await db.ArchiveRetentionRules.ToDictionaryAsync(r => r.Kind, r => r.Years, ct);
        var due = await db.ArchiveItems.Where(i => i.RetainUntil == null && i.DisposedAt == null && i.CaseId != null)
            .Join(db.GuidanceCases.Where(c => c.ClosedAt != null), i => i.CaseId, c => c.Id, (i, c) => new { Item = i, c.ClosedAt })
            .OrderBy(x => x.Item.Id).Take(batch).ToListAsync(ct);
        foreach (var x in due)
            x.Item.SetRetention(DateOnly.FromDateTime(AgencyClock.ToLocal(x.ClosedAt!.Value).DateTime).AddYears(years[x.Item.Kind]));
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    public async Task<IReadOnlyList<ArchiveItemView>> DueForDisposalAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var items = await access.Items().AsNoTracking().Where(i => i.DisposedAt == null && i.RetainUntil != null && i.RetainUntil < today)
            .Include(i => i.Versions).ThenInclude(v => v.File).OrderBy(i => i.RetainUntil).Take(200).ToListAsync(ct);
        return [.. items.Select(ArchiveQueries.View)];
    }

    /// <summary>Disposes an item whose retention has passed: the record stays with who, when and why; every version's bytes are erased.</summary>
    public async Task DisposeAsync(long id, string reason, CancellationToken ct)
    {
        access.EnsureCustodian();
        var item = await access.ItemAsync(id, ct);
        var now = time.GetUtcNow();
        item.Dispose(access.UserId, reason, clock.Today, now);
        item.BumpVersion();
        // A group session's recording is one file filed for every consenting attendee (7.2.2d): its bytes go with the
        // last live item that holds it, not with the first one disposed.
        var fileIds = item.Versions.Select(v => v.StoredFileId).ToList();
        var shared = await db.ArchiveItems.Where(i => i.Id != item.Id && i.DisposedAt == null)
            .SelectMany(i => i.Versions).Where(v => fileIds.Contains(v.StoredFileId)).Select(v => v.StoredFileId).ToListAsync(ct);
        var erased = item.Versions.Select(v => v.File).Where(f => !shared.Contains(f.Id)).ToList();
        foreach (var f in erased)
            f.MarkErased(now);
        audit.Changed(db, AuditAction.Delete, ArchiveAccess.EntityType, id.ToString(CultureInfo.InvariantCulture), item.ServiceUnitId, "disposal;reason=" + reason);
        await db.SaveChangesAsync(ct);
        // After the commit: a crash here leaves bytes of a disposed item, never a live item without its bytes.
        foreach (var f in erased)
            await store.DeleteAsync(f.StorageKey, ct);
    }

    /// <summary>Re-hashes every version of an item; the result is audited (a failure points at tampering or damage).</summary>
    public async Task<IReadOnlyList<IntegrityResult>> VerifyAsync(long id, CancellationToken ct)
    {
        var item = await access.ItemAsync(id, ct);
        var results = new List<IntegrityResult>();
        foreach (var v in item.Versions.Where(v => v.File.ErasedAt is null))
            results.Add(new IntegrityResult(item.Id, v.Number, await reader.VerifyAsync(v.File, ct)));
        audit.Read(AuditAction.View, ArchiveAccess.EntityType, id.ToString(CultureInfo.InvariantCulture), item.ServiceUnitId,
            "verify;" + string.Join(',', results.Select(r => $"v{r.Version}={(r.Intact ? "ok" : "FAILED")}")));
        return results;
    }

    /// <summary>At start-up: a rule for every kind (the defaults), so the custodian edits rather than creates them.</summary>
    public static async Task EnsureDefaultsAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var present = await db.ArchiveRetentionRules.Select(r => r.Kind).ToListAsync(ct);
        foreach (var (kind, years) in ArchiveRetentionRule.Defaults.Where(d => !present.Contains(d.Kind)))
            db.ArchiveRetentionRules.Add(new ArchiveRetentionRule(kind, years, "默认：按本机构服务协议范本（可修改）", "system", time.GetUtcNow()));
        if (db.ChangeTracker.HasChanges())
            await db.SaveChangesAsync(ct);
    }
}
