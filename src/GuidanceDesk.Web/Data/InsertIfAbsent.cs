using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GuidanceDesk.Web.Data;

/// <summary>
/// <c>INSERT … ON CONFLICT DO NOTHING</c> of one entity, on both providers (SQLite and PostgreSQL share the syntax).
/// For rows that two instances may insert at the same moment (a job's first lease, a reminder with the same dedup
/// key): the second insert does nothing instead of failing, so a caller's PostgreSQL transaction stays usable, and the
/// caller's change tracker is neither used nor flushed. Table, columns and value conversions come from the EF model,
/// so the statement follows the mapping (including SQLite's integer storage of dates).
/// </summary>
public static class InsertIfAbsentExtensions
{
    /// <returns>True when the row was inserted; false when a row with the same unique key (any unique index) exists.</returns>
    public static async Task<bool> InsertIfAbsentAsync<T>(this AppDbContext db, T entity, CancellationToken ct = default)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        using var factory = db.Database.GetDbConnection().CreateCommand();
        var columns = new List<string>();
        var parameters = new List<DbParameter>();
        foreach (var property in type.GetProperties())
        {
            // A database-generated key (identity / rowid) is left to the database.
            if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd)
                continue;
            if (property.IsShadowProperty())
                throw new NotSupportedException($"{type.DisplayName()}.{property.Name} is a shadow property; insert it through SaveChanges.");
            var value = property.GetGetter().GetClrValueUsingContainingEntity(entity);
            var converter = property.GetTypeMapping().Converter;
            if (value is not null && converter is not null)
                value = converter.ConvertToProvider(value);
            var parameter = factory.CreateParameter();
            parameter.ParameterName = "p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameter.Value = value ?? DBNull.Value;
            parameters.Add(parameter);
            columns.Add(Quote(property.GetColumnName(table)!));
        }
        var sql = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns)}) " +
                  $"VALUES ({string.Join(", ", parameters.Select(p => "@" + p.ParameterName))}) ON CONFLICT DO NOTHING";
        return await db.Database.ExecuteSqlRawAsync(sql, parameters, ct) == 1;
    }

    // Both providers quote identifiers with double quotes; names come from the model, never from input.
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
