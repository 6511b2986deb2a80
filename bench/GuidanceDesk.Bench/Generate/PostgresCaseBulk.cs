using Npgsql;
using NpgsqlTypes;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// PostgreSQL load of the guidance tables: one binary COPY per table and batch. The tables' secondary indexes are
/// dropped first and rebuilt at the end from their own definitions (pg_indexes.indexdef); foreign-key triggers are
/// skipped for this session (session_replication_role = replica, needs a superuser) and the keys are checked with one
/// anti-join per key afterwards instead (<see cref="CaseChecks"/>).
/// </summary>
internal sealed class PostgresCaseBulk(NpgsqlConnection connection) : ICaseBulkTarget
{
    private readonly List<(string Name, string Sql)> _indexes = [];

    public static async Task<PostgresCaseBulk> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgresCaseBulk(connection);
    }

    public async Task PrepareAsync()
    {
        await ExecuteAsync("SET synchronous_commit = off; SET session_replication_role = replica; SET maintenance_work_mem = '1GB'");
        var tables = string.Join(", ", CaseTables.Order.Select(t => $"'{t}'"));
        await using (var cmd = new NpgsqlCommand(
            $"SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename IN ({tables}) " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", connection))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                _indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in _indexes)
            await ExecuteAsync($"DROP INDEX \"{name}\"");
    }

    public async Task<long> NextIdAsync(string table)
    {
        await using var cmd = new NpgsqlCommand($"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"", connection);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task WriteAsync(CaseBatch batch)
    {
        await CopyAsync("CounselorSlots", CaseTables.Slots, batch.Slots);
        await CopyAsync("GuidanceCases", CaseTables.Cases, batch.Cases);
        await CopyAsync("EmploymentPlans", CaseTables.Plans, batch.Plans);
        await CopyAsync("FollowUps", CaseTables.FollowUps, batch.FollowUps);
        await CopyAsync("GuidanceRecords", CaseTables.Records, batch.Records);
        await CopyAsync("Appointments", CaseTables.Appointments, batch.Appointments);
    }

    private async Task CopyAsync<T>(string table, Column<T>[] columns, List<T> rows)
    {
        if (rows.Count == 0)
            return;
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            foreach (var c in columns)
            {
                var value = c.Get(row);
                if (value is null)
                    await copy.WriteNullAsync();
                else if (value is DateTimeOffset instant)
                    await copy.WriteAsync(instant.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                else
                    await copy.WriteAsync(value, Type(c.Kind));
            }
        }
        await copy.CompleteAsync();
    }

    private static NpgsqlDbType Type(Col kind) => kind switch
    {
        Col.Long => NpgsqlDbType.Bigint,
        Col.Int => NpgsqlDbType.Integer,
        Col.Text => NpgsqlDbType.Varchar,
        Col.Json => NpgsqlDbType.Jsonb,
        Col.Date => NpgsqlDbType.Date,
        Col.Bool => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.TimestampTz,
    };

    /// <summary>Indexes back (each one a sort), identity sequences past the explicit ids, statistics.</summary>
    public async Task FinishAsync()
    {
        foreach (var (name, sql) in _indexes)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await ExecuteAsync(sql);
            Console.WriteLine($"  index {name}: {watch.Elapsed.TotalSeconds:F1} s");
        }
        foreach (var table in CaseTables.Order)
            await ExecuteAsync($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST(1, (SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\")))");
        await ExecuteAsync("SET session_replication_role = origin");
        await ExecuteAsync("VACUUM ANALYZE");
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    private async Task ExecuteAsync(string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }
}
