using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// Adds an instrument version (the JSON of docs/instrument-format.md, checked as at start-up) or retires one. A code and
/// version already loaded is refused with 409: versions are never replaced.
/// </summary>
public sealed class InstrumentAdmin(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public const int MaxBytes = 512 * 1024;

    public async Task<long> UploadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
            throw new DomainRuleException("测评工具定义不能超过 512 KB", "definition");
        using var reader = new StreamReader(request.Body);
        var buffer = new char[MaxBytes + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        if (read > MaxBytes)
            throw new DomainRuleException("测评工具定义不能超过 512 KB", "definition");
        var json = new string(buffer, 0, read);
        var definition = InstrumentDefinition.Parse(json);
        if (await db.Instruments.AnyAsync(i => i.Code == definition.Code && i.Version == definition.Version, ct))
            throw new ConflictException($"{definition.Code} {definition.Version} 已存在；修改测评工具请使用新的版本号", "version");
        var instrument = new Instrument(definition, json, InstrumentCatalog.Hash(json), time.GetUtcNow());
        db.Instruments.Add(instrument);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, "Instrument", instrument.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            $"{definition.Code} {definition.Version}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return instrument.Id;
    }

    public async Task RetireAsync(long id, CancellationToken ct)
    {
        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("测评工具不存在");
        instrument.Retire(time.GetUtcNow());
        audit.Changed(db, AuditAction.Update, "Instrument", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, "retired");
        await db.SaveChangesAsync(ct);
    }
}
