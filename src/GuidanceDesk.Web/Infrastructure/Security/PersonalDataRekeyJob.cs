using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>
/// After a key rotation, protects every stored identifier again with the current key, in batches, each batch one
/// transaction. Workers' and complaints' columns are rewritten by SQL on the condition that they still hold the value
/// read, so an edit made meanwhile is never overwritten (the next run picks the row up again) and the record's version
/// stays as it was: the person's data did not change, and a counselor's open form must not turn stale. Each batch is
/// audited as a system update of the identifiers. A run stops when nothing is left, and the instance then remembers
/// that the current version is done, so the regular run costs nothing until the next rotation or restart.
/// </summary>
public sealed class PersonalDataRekeyJob(AppDbContext db, PersonalDataProtector protector, RekeyProgress progress, TimeProvider clock) : IScheduledJob
{
    public const string LeaseName = "personal-data.rekey";
    public const int BatchSize = 500;

    public string Name => LeaseName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (progress.CompletedVersion == protector.CurrentVersion)
            return;
        while (await RekeyWorkersAsync(cancellationToken) > 0) { }
        while (await RekeyComplaintsAsync(cancellationToken) > 0) { }
        while (await RekeyEmployersAsync(cancellationToken) > 0) { }
        progress.CompletedVersion = protector.CurrentVersion;
    }

    /// <summary>How many stored values still use a retired key (the admin page shows it).</summary>
    public async Task<int> RemainingAsync(CancellationToken cancellationToken)
    {
        var prefix = protector.CurrentPrefix;
        var workers = await db.Workers.CountAsync(w => !w.IdNumber.Cipher.StartsWith(prefix) || (w.Phone != null && !w.Phone.Cipher.StartsWith(prefix)), cancellationToken);
        var complaints = await db.Complaints.CountAsync(c => c.Phone != null && !c.Phone.Cipher.StartsWith(prefix), cancellationToken);
        var employers = (await EmployerIdsToRekeyAsync(int.MaxValue, cancellationToken)).Count;
        return workers + complaints + employers;
    }

    private async Task<int> RekeyWorkersAsync(CancellationToken ct)
    {
        var prefix = protector.CurrentPrefix;
        var rows = await db.Workers.AsNoTracking()
            .Where(w => !w.IdNumber.Cipher.StartsWith(prefix) || (w.Phone != null && !w.Phone.Cipher.StartsWith(prefix)))
            .OrderBy(w => w.Id).Take(BatchSize)
            .Select(w => new { w.Id, w.ServiceUnitId, IdCipher = w.IdNumber.Cipher, PhoneCipher = w.Phone == null ? null : w.Phone.Cipher })
            .ToListAsync(ct);
        if (rows.Count == 0)
            return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var r in rows)
        {
            var id = protector.Rekey(r.IdCipher);
            if (r.PhoneCipher is null)
                await db.Database.ExecuteSqlAsync(
                    $"""UPDATE "Workers" SET "IdNumberCipher" = {id} WHERE "Id" = {r.Id} AND "IdNumberCipher" = {r.IdCipher} AND "PhoneCipher" IS NULL""", ct);
            else
                await db.Database.ExecuteSqlAsync(
                    $"""UPDATE "Workers" SET "IdNumberCipher" = {id}, "PhoneCipher" = {protector.Rekey(r.PhoneCipher)} WHERE "Id" = {r.Id} AND "IdNumberCipher" = {r.IdCipher} AND "PhoneCipher" = {r.PhoneCipher}""", ct);
        }
        foreach (var unit in rows.GroupBy(r => r.ServiceUnitId))
            Audit("Worker", unit.Key, unit.Select(r => r.Id));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    private async Task<int> RekeyComplaintsAsync(CancellationToken ct)
    {
        var prefix = protector.CurrentPrefix;
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.Phone != null && !c.Phone.Cipher.StartsWith(prefix))
            .OrderBy(c => c.Id).Take(BatchSize)
            .Select(c => new { c.Id, c.ServiceUnitId, Cipher = c.Phone!.Cipher })
            .ToListAsync(ct);
        if (rows.Count == 0)
            return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var r in rows)
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "Complaints" SET "PhoneCipher" = {protector.Rekey(r.Cipher)} WHERE "Id" = {r.Id} AND "PhoneCipher" = {r.Cipher}""", ct);
        foreach (var unit in rows.GroupBy(r => r.ServiceUnitId))
            Audit("Complaint", unit.Key, unit.Select(r => r.Id));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// Employers' contacts live in a JSON column, which SQL cannot rewrite portably, so these go through the entity
    /// (its version moves on; employers are few and rarely edited at the moment of a rotation).
    /// </summary>
    private async Task<int> RekeyEmployersAsync(CancellationToken ct)
    {
        var employers = await EmployersToRekeyAsync(BatchSize, ct);
        if (employers.Count == 0)
            return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var e in employers)
            e.RekeyContacts(protector.Rekey);
        foreach (var unit in employers.GroupBy(e => e.ServiceUnitId))
            Audit("Employer", unit.Key, unit.Select(e => e.Id));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return employers.Count;
    }

    private async Task<List<Employer>> EmployersToRekeyAsync(int take, CancellationToken ct)
    {
        var ids = await EmployerIdsToRekeyAsync(take, ct);
        return ids.Count == 0 ? [] : await db.Employers.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The contacts column is JSON (jsonb on PostgreSQL, text on SQLite); its text holds <c>"v1:…</c> for each phone
    /// protected with retired key v1, and a JSON string never starts with a version otherwise, so a text match finds
    /// exactly the employers to rewrite without reading them all.
    /// </summary>
    private async Task<List<long>> EmployerIdsToRekeyAsync(int take, CancellationToken ct)
    {
        var ids = new SortedSet<long>();
        foreach (var version in protector.RetiredVersions)
        {
            var pattern = "%\"" + version + ":%";
            ids.UnionWith(await db.Database.SqlQuery<long>(
                    $"""SELECT "Id" AS "Value" FROM "Employers" WHERE CAST("Contacts" AS TEXT) LIKE {pattern} ORDER BY "Id" LIMIT {take}""")
                .ToListAsync(ct));
        }
        return [.. ids.Take(take)];
    }

    private void Audit(string entityType, long unitId, IEnumerable<long> ids) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), null, "system", unitId, AuditAction.Update, entityType,
            string.Join(',', ids), $"identifiers re-encrypted with key {protector.CurrentVersion}", null));
}

/// <summary>Which key version this instance has finished re-encrypting for (a singleton).</summary>
public sealed class RekeyProgress
{
    public string? CompletedVersion { get; set; }
}
