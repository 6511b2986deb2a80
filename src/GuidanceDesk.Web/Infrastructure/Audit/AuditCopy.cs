using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace GuidanceDesk.Web.Infrastructure.Audit;

/// <summary>
/// Writes a batch of read-audit entries to PostgreSQL with one binary <c>COPY</c> instead of one <c>INSERT … RETURNING</c>
/// per entry: under city load the audit was one statement per request, and PostgreSQL's cost is mostly per statement
/// (docs/performance.md). Nothing reads the new ids, so none are returned. Column names come from the EF model.
/// </summary>
internal static class AuditCopy
{
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<AuditEntry> batch, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => '"' + entity.FindProperty(property)!.GetColumnName(table)! + '"';
        string[] properties = [nameof(AuditEntry.At), nameof(AuditEntry.UserId), nameof(AuditEntry.UserName), nameof(AuditEntry.ServiceUnitId),
            nameof(AuditEntry.Action), nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityId), nameof(AuditEntry.Fields), nameof(AuditEntry.IpAddress)];
        var copy = $"COPY \"{entity.GetTableName()}\" ({string.Join(", ", properties.Select(Column))}) FROM STDIN (FORMAT BINARY)";

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
            foreach (var e in batch)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(e.At.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
                await Text(importer, e.UserId, ct);
                await Text(importer, e.UserName, ct);
                if (e.ServiceUnitId is { } unit)
                    await importer.WriteAsync(unit, NpgsqlDbType.Bigint, ct);
                else
                    await importer.WriteNullAsync(ct);
                await importer.WriteAsync((int)e.Action, NpgsqlDbType.Integer, ct);
                await Text(importer, e.EntityType, ct);
                await Text(importer, e.EntityId, ct);
                await Text(importer, e.Fields, ct);
                await Text(importer, e.IpAddress, ct);
            }
            await importer.CompleteAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Task Text(NpgsqlBinaryImporter importer, string? value, CancellationToken ct) =>
        value is null ? importer.WriteNullAsync(ct) : importer.WriteAsync(value, NpgsqlDbType.Varchar, ct);
}
