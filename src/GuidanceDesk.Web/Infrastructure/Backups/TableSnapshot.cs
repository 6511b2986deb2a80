using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>A table to checksum row by row, in primary-key order.</summary>
public sealed record KeyTable(string Name, IReadOnlyList<string> KeyColumns)
{
    /// <summary>The records a restore must give back exactly: people, cases, their records, plans, files and users.</summary>
    private static readonly Type[] Entities =
    [
        typeof(ServiceUnit), typeof(StaffMember), typeof(Worker), typeof(Employer), typeof(ConsentRecord),
        typeof(GuidanceCase), typeof(GuidanceRecord), typeof(EmploymentPlan), typeof(FollowUp), typeof(StoredFile),
        typeof(ArchiveItem), typeof(Infrastructure.Security.AppUser),
    ];

    public static IReadOnlyList<KeyTable> From(IModel model) =>
    [
        .. Entities.Select(model.FindEntityType).OfType<IEntityType>().Select(e =>
        {
            var table = e.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, e.GetSchema());
            return new KeyTable(table, [.. e.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(store)!)]);
        }),
    ];
}

/// <summary>Row counts of every table and checksums of the key tables, read from one connection (one snapshot).</summary>
public sealed record TableSnapshot(SortedDictionary<string, long> RowCounts, SortedDictionary<string, string> Checksums)
{
    /// <summary>
    /// Manifest format 2: on PostgreSQL the key tables are summed by the server (see <see cref="ServerChecksumAsync"/>);
    /// format 1 (older archives) read every row into the app, which took 12 of the 26 minutes of a city-scale backup.
    /// </summary>
    public const int CurrentFormat = 2;

    public static async Task<TableSnapshot> ReadAsync(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider,
        IReadOnlyList<KeyTable> keyTables, CancellationToken ct, int format = CurrentFormat)
    {
        var tables = new List<string>();
        var list = provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
        await using (var cmd = Command(connection, transaction, list))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                tables.Add(reader.GetString(0));
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var cmd = Command(connection, transaction, $"SELECT COUNT(*) FROM {Quote(table)}");
            counts[table] = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        var sums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keyTables.Where(k => counts.ContainsKey(k.Name)))
        {
            sums[key.Name] = provider == DatabaseProvider.Postgres && format >= 2
                ? await ServerChecksumAsync(connection, transaction, key, ct)
                : await ChecksumAsync(connection, transaction, key, ct);
        }
        return new TableSnapshot(counts, sums);
    }

    /// <summary>
    /// PostgreSQL: the sum over rows of the row's text form's MD5, as two 64-bit halves summed in numeric (no
    /// overflow), plus the count. A sum needs no order, so the server aggregates in parallel without sorting and only
    /// one line crosses the wire. It compares a restored table with the dumped one, both on PostgreSQL of the same
    /// version; a changed, lost or duplicated row changes it (the archive itself is authenticated by AES-GCM).
    /// </summary>
    private static async Task<string> ServerChecksumAsync(DbConnection connection, DbTransaction? transaction, KeyTable table, CancellationToken ct)
    {
        var sql = $"""
            SELECT count(*)::text || ':' || coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0)::text
                 || ':' || coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0)::text
            FROM (SELECT md5(t::text) AS h FROM {Quote(table.Name)} AS t) AS r
            """;
        await using var cmd = Command(connection, transaction, sql);
        var text = (string)(await cmd.ExecuteScalarAsync(ct))!;
        return "pg2:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text)));
    }

    /// <summary>SHA-256 over every column of every row in key order; values in invariant form, so the same rows give the same sum.</summary>
    private static async Task<string> ChecksumAsync(DbConnection connection, DbTransaction? transaction, KeyTable table, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var order = string.Join(", ", table.KeyColumns.Select(Quote));
        await using var cmd = Command(connection, transaction, $"SELECT * FROM {Quote(table.Name)} ORDER BY {order}");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var row = new StringBuilder();
        while (await reader.ReadAsync(ct))
        {
            row.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Append(reader.IsDBNull(i) ? "\u2400" : Format(reader.GetValue(i))).Append('\u001f');
            }
            row.Append('\u001e');
            hash.AppendData(Encoding.UTF8.GetBytes(row.ToString()));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Format(object value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        // A count or a checksum of a city-sized table takes longer than a request's 30 s.
        cmd.CommandTimeout = 3600;
        return cmd;
    }
}
