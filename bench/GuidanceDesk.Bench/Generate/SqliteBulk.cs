using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// SQLite bulk load: one connection, one transaction per batch, prepared INSERTs with reused parameters. Durability is
/// switched off for the load only (synchronous=OFF is per connection, so the app's own NORMAL applies afterwards).
/// </summary>
internal sealed class SqliteBulk : IBulkTarget
{
    // The app stores DateTimeOffset through this converter on SQLite (SqliteAppDbContext.ConfigureConventions).
    private static readonly Func<DateTimeOffset, long> ToBinary = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;

    private static readonly string[] WorkerColumns =
    [
        "Id", "ServiceUnitId", "Name", "Gender", "DateOfBirth", "IdNumberCipher", "IdNumberHash", "PhoneCipher", "PhoneHash",
        "HouseholdType", "HouseholdPlaceCode", "ResidenceDistrictCode", "ResidenceTownshipCode", "ResidenceAddress", "Education",
        "EmploymentStatus", "SpecialGroups", "GraduationYear", "AssistanceCategory", "CounselorId", "UserId", "CreatedAt",
        "UpdatedAt", "Version", "JobIntentions", "WorkExperiences",
    ];

    private static readonly string[] ConsentColumns =
        ["WorkerId", "Kind", "Scope", "GivenOn", "Channel", "RecordedByUserId", "Note", "RecordedAt", "WithdrawnAt"];

    private static readonly string[] EmployerColumns =
    [
        "Id", "ServiceUnitId", "CreditCode", "Name", "IndustryCode", "Size", "Ownership", "DistrictCode", "Address", "UserId",
        "CreatedAt", "UpdatedAt", "Version", "Contacts",
    ];

    private readonly SqliteConnection _connection;
    private readonly string _recordedBy;
    private readonly List<(string Name, string Sql)> _indexes = [];

    public SqliteBulk(string connectionString, string recordedByUserId)
    {
        _recordedBy = recordedByUserId;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        _connection.Open();
        // 1 GiB page cache keeps the random-order hash indexes in memory while they grow.
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;");

        // Inserting into eight indexes, two of them keyed by random hashes, cost ~60 µs a row; building each index
        // once after the load is a sort. The migration's own CREATE INDEX statements are kept and replayed verbatim.
        using var list = _connection.CreateCommand();
        list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL " +
            "AND tbl_name IN ('Workers', 'ConsentRecords', 'Employers')";
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
                _indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in _indexes)
            Execute($"DROP INDEX \"{name}\"");
    }

    public async Task<long> NextIdAsync(string table)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT COALESCE(MAX(Id), 0) + 1 FROM \"{table}\"";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public Task WriteWorkersAsync(IReadOnlyList<WorkerRow> batch)
    {
        using var tx = _connection.BeginTransaction();
        using var worker = Prepare("Workers", WorkerColumns, tx);
        using var consent = Prepare("ConsentRecords", ConsentColumns, tx);
        var p = worker.Parameters;
        var c = consent.Parameters;
        foreach (var w in batch)
        {
            Set(p, w.Id, w.UnitId, w.Name, w.Gender, Date(w.DateOfBirth), w.IdCipher, w.IdHash, w.PhoneCipher, w.PhoneHash,
                w.HouseholdType, w.HouseholdPlaceCode, w.ResidenceDistrictCode, w.ResidenceTownshipCode, w.ResidenceAddress, w.Education,
                w.EmploymentStatus, w.SpecialGroups, w.GraduationYear, w.AssistanceCategory, w.CounselorId, null, ToBinary(w.CreatedAt),
                ToBinary(w.UpdatedAt), 0, w.JobIntentionsJson, w.WorkExperiencesJson);
            worker.ExecuteNonQuery();
            Set(c, w.Id, 1, w.ConsentScope, Date(w.ConsentGivenOn), w.ConsentChannel, _recordedBy, null, ToBinary(w.CreatedAt), null);
            consent.ExecuteNonQuery();
        }
        tx.Commit();
        return Task.CompletedTask;
    }

    public Task WriteEmployersAsync(IReadOnlyList<EmployerRow> batch)
    {
        using var tx = _connection.BeginTransaction();
        using var cmd = Prepare("Employers", EmployerColumns, tx);
        foreach (var e in batch)
        {
            Set(cmd.Parameters, e.Id, e.UnitId, e.CreditCode, e.Name, e.IndustryCode, e.Size, e.Ownership, e.DistrictCode, e.Address, null,
                ToBinary(e.CreatedAt), ToBinary(e.UpdatedAt), 0, e.ContactsJson);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return Task.CompletedTask;
    }

    public Task FinishAsync()
    {
        foreach (var (_, sql) in _indexes)
            Execute(sql);
        // Fold the WAL into the main file so the app starts on a compact database.
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private SqliteCommand Prepare(string table, string[] columns, SqliteTransaction tx) => PrepareInsert(_connection, tx, table, columns);

    /// <summary>A prepared INSERT of <paramref name="columns"/> into <paramref name="table"/>, its parameters in column order.</summary>
    internal static SqliteCommand PrepareInsert(SqliteConnection connection, SqliteTransaction tx, string table, IReadOnlyList<string> columns)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < columns.Count; i++)
            cmd.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        cmd.Prepare();
        return cmd;
    }

    internal static void Set(SqliteParameterCollection parameters, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
    }

    // EF Core's SQLite provider stores DateOnly as ISO text.
    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
