using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// The instrument versions in the database, parsed once and kept: a version never changes, so its definition can be
/// cached for the life of the process (scoring a 120-item inventory then needs no database read for the key).
/// </summary>
public sealed class InstrumentCatalog
{
    /// <summary>Where the build copies the shipped instrument files.</summary>
    public static readonly string ShippedFolder = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "instruments");

    private readonly ConcurrentDictionary<long, InstrumentDefinition> _byId = new();

    public async Task<InstrumentDefinition> GetAsync(AppDbContext db, long instrumentId, CancellationToken ct)
    {
        if (_byId.TryGetValue(instrumentId, out var cached))
            return cached;
        var json = await db.Instruments.AsNoTracking().Where(i => i.Id == instrumentId).Select(i => i.Definition)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("测评工具不存在");
        return _byId.GetOrAdd(instrumentId, _ => InstrumentDefinition.Parse(json));
    }

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>
    /// Adds every shipped file whose code and version are not in the database yet. A file that differs from the stored
    /// copy of its version is reported and ignored: a loaded version is never replaced (results were scored with it).
    /// </summary>
    public static async Task<int> LoadShippedAsync(AppDbContext db, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        if (!Directory.Exists(ShippedFolder))
            return 0;
        var known = await db.Instruments.AsNoTracking().Select(i => new { i.Code, i.Version, i.ContentHash }).ToListAsync(ct);
        var added = 0;
        foreach (var file in Directory.GetFiles(ShippedFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, ct);
            var definition = InstrumentDefinition.Parse(json);
            var hash = Hash(json);
            var stored = known.FirstOrDefault(k => k.Code == definition.Code && k.Version == definition.Version);
            if (stored is not null)
            {
                if (stored.ContentHash != hash)
                    logger.LogWarning("Instrument file {File} differs from the stored {Code} {Version}; the stored version is kept. Give a changed instrument a new version.",
                        Path.GetFileName(file), definition.Code, definition.Version);
                continue;
            }
            db.Instruments.Add(new Instrument(definition, json, hash, time.GetUtcNow()));
            added++;
        }
        if (added > 0)
            await db.SaveChangesAsync(ct);
        return added;
    }
}
