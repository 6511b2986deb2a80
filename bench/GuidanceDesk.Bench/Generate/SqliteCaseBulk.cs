using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// SQLite load of the guidance tables, as SqliteBulk does the workers: one connection, one transaction per batch,
/// prepared INSERTs with reused parameters, secondary indexes dropped first and re-created from their own CREATE
/// INDEX text at the end. Values are stored as the app's SQLite context stores them (DateTimeOffset as the sortable
/// long of DateTimeOffsetToBinaryConverter, DateOnly as ISO text, bool as 0/1).
/// </summary>
internal sealed class SqliteCaseBulk : ICaseBulkTarget
{
    private static readonly Func<DateTimeOffset, long> ToBinary = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;
    private readonly SqliteConnection _connection;
    private readonly List<(string Name, string Sql)> _indexes = [];

    public SqliteCaseBulk(string connectionString)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        _connection.Open();
    }

    public Task PrepareAsync()
    {
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;");
        using (var list = _connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (" +
                string.Join(", ", CaseTables.Order.Select(t => $"'{t}'")) + ")";
            using var reader = list.ExecuteReader();
            while (reader.Read())
                _indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in _indexes)
            Execute($"DROP INDEX \"{name}\"");
        return Task.CompletedTask;
    }

    public async Task<long> NextIdAsync(string table)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT COALESCE(MAX(Id), 0) + 1 FROM \"{table}\"";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public Task WriteAsync(CaseBatch batch)
    {
        using var tx = _connection.BeginTransaction();
        Insert("CounselorSlots", CaseTables.Slots, batch.Slots, tx);
        Insert("GuidanceCases", CaseTables.Cases, batch.Cases, tx);
        Insert("EmploymentPlans", CaseTables.Plans, batch.Plans, tx);
        Insert("FollowUps", CaseTables.FollowUps, batch.FollowUps, tx);
        Insert("GuidanceRecords", CaseTables.Records, batch.Records, tx);
        Insert("Appointments", CaseTables.Appointments, batch.Appointments, tx);
        tx.Commit();
        return Task.CompletedTask;
    }

    private void Insert<T>(string table, Column<T>[] columns, List<T> rows, SqliteTransaction tx)
    {
        if (rows.Count == 0)
            return;
        using var cmd = SqliteBulk.PrepareInsert(_connection, tx, table, [.. columns.Select(c => c.Name)]);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
                cmd.Parameters[i].Value = Store(columns[i].Get(row)) ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }

    private static object? Store(object? value) => value switch
    {
        DateTimeOffset d => ToBinary(d),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };

    public Task FinishAsync()
    {
        foreach (var (name, sql) in _indexes)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Execute(sql);
            Console.WriteLine($"  index {name}: {watch.Elapsed.TotalSeconds:F1} s");
        }
        // No ANALYZE: the app never runs it on SQLite, so the planner sees what a production file would (no sqlite_stat1).
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        cmd.ExecuteNonQuery();
    }
}
