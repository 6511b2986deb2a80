using Npgsql;
using NpgsqlTypes;

namespace GuidanceDesk.Bench.Generate;

/// <summary>PostgreSQL bulk load: one binary COPY per batch. Ids are given explicitly, so the identity sequences are moved on afterwards.</summary>
internal sealed class PostgresBulk : IBulkTarget
{
    private readonly NpgsqlConnection _connection;
    private readonly string _recordedBy;

    private PostgresBulk(NpgsqlConnection connection, string recordedBy)
    {
        _connection = connection;
        _recordedBy = recordedBy;
    }

    public static async Task<PostgresBulk> OpenAsync(string connectionString, string recordedBy)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SET synchronous_commit = off", connection);
        await cmd.ExecuteNonQueryAsync();
        return new PostgresBulk(connection, recordedBy);
    }

    /// <summary>An empty public schema, so the app's migrations start from nothing (only with --force if tables exist).</summary>
    public static async Task ResetSchemaAsync(string connectionString, bool force)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var check = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        if ((long)(await check.ExecuteScalarAsync())! == 0)
            return;
        if (!force)
            throw new InvalidOperationException("The database has tables; pass --force to drop the public schema and start over.");
        await using var drop = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<long> NextIdAsync(string table)
    {
        await using var cmd = new NpgsqlCommand($"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"", _connection);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task WriteWorkersAsync(IReadOnlyList<WorkerRow> batch)
    {
        await using (var copy = await _connection.BeginBinaryImportAsync(
            "COPY \"Workers\" (\"Id\", \"ServiceUnitId\", \"Name\", \"Gender\", \"DateOfBirth\", \"IdNumberCipher\", \"IdNumberHash\", " +
            "\"PhoneCipher\", \"PhoneHash\", \"HouseholdType\", \"HouseholdPlaceCode\", \"ResidenceDistrictCode\", \"ResidenceTownshipCode\", " +
            "\"ResidenceAddress\", \"Education\", \"EmploymentStatus\", \"SpecialGroups\", \"GraduationYear\", \"AssistanceCategory\", " +
            "\"CounselorId\", \"CreatedAt\", \"UpdatedAt\", \"Version\", \"JobIntentions\", \"WorkExperiences\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var w in batch)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(w.Id, NpgsqlDbType.Bigint);
                await copy.WriteAsync(w.UnitId, NpgsqlDbType.Bigint);
                await copy.WriteAsync(w.Name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(w.Gender, NpgsqlDbType.Integer);
                await copy.WriteAsync(w.DateOfBirth, NpgsqlDbType.Date);
                await copy.WriteAsync(w.IdCipher, NpgsqlDbType.Varchar);
                await copy.WriteAsync(w.IdHash, NpgsqlDbType.Varchar);
                await Nullable(copy, w.PhoneCipher);
                await Nullable(copy, w.PhoneHash);
                await copy.WriteAsync(w.HouseholdType, NpgsqlDbType.Integer);
                await Nullable(copy, w.HouseholdPlaceCode);
                await copy.WriteAsync(w.ResidenceDistrictCode, NpgsqlDbType.Varchar);
                await Nullable(copy, w.ResidenceTownshipCode);
                await Nullable(copy, w.ResidenceAddress);
                await copy.WriteAsync(w.Education, NpgsqlDbType.Integer);
                await copy.WriteAsync(w.EmploymentStatus, NpgsqlDbType.Integer);
                await copy.WriteAsync(w.SpecialGroups, NpgsqlDbType.Integer);
                await Nullable(copy, w.GraduationYear);
                await Nullable(copy, w.AssistanceCategory);
                await Nullable(copy, w.CounselorId);
                await copy.WriteAsync(w.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(w.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(w.JobIntentionsJson, NpgsqlDbType.Jsonb);
                await copy.WriteAsync(w.WorkExperiencesJson, NpgsqlDbType.Jsonb);
            }
            await copy.CompleteAsync();
        }
        await using var consents = await _connection.BeginBinaryImportAsync(
            "COPY \"ConsentRecords\" (\"WorkerId\", \"Kind\", \"Scope\", \"GivenOn\", \"Channel\", \"RecordedByUserId\", \"RecordedAt\") FROM STDIN (FORMAT BINARY)");
        foreach (var w in batch)
        {
            await consents.StartRowAsync();
            await consents.WriteAsync(w.Id, NpgsqlDbType.Bigint);
            await consents.WriteAsync(1, NpgsqlDbType.Integer);
            await consents.WriteAsync(w.ConsentScope, NpgsqlDbType.Integer);
            await consents.WriteAsync(w.ConsentGivenOn, NpgsqlDbType.Date);
            await consents.WriteAsync(w.ConsentChannel, NpgsqlDbType.Integer);
            await consents.WriteAsync(_recordedBy, NpgsqlDbType.Varchar);
            await consents.WriteAsync(w.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }
        await consents.CompleteAsync();
    }

    public async Task WriteEmployersAsync(IReadOnlyList<EmployerRow> batch)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(
            "COPY \"Employers\" (\"Id\", \"ServiceUnitId\", \"CreditCode\", \"Name\", \"IndustryCode\", \"Size\", \"Ownership\", \"DistrictCode\", " +
            "\"Address\", \"CreatedAt\", \"UpdatedAt\", \"Version\", \"Contacts\") FROM STDIN (FORMAT BINARY)");
        foreach (var e in batch)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(e.Id, NpgsqlDbType.Bigint);
            await copy.WriteAsync(e.UnitId, NpgsqlDbType.Bigint);
            await copy.WriteAsync(e.CreditCode, NpgsqlDbType.Varchar);
            await copy.WriteAsync(e.Name, NpgsqlDbType.Varchar);
            await copy.WriteAsync(e.IndustryCode, NpgsqlDbType.Varchar);
            await copy.WriteAsync(e.Size, NpgsqlDbType.Integer);
            await copy.WriteAsync(e.Ownership, NpgsqlDbType.Integer);
            await copy.WriteAsync(e.DistrictCode, NpgsqlDbType.Varchar);
            await Nullable(copy, e.Address);
            await copy.WriteAsync(e.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(e.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(0, NpgsqlDbType.Integer);
            await copy.WriteAsync(e.ContactsJson, NpgsqlDbType.Jsonb);
        }
        await copy.CompleteAsync();
    }

    /// <summary>Identity sequences past the explicit ids, then statistics for the planner.</summary>
    public async Task FinishAsync()
    {
        foreach (var table in new[] { "Workers", "Employers" })
        {
            await using var cmd = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table}\"))", _connection);
            await cmd.ExecuteNonQueryAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", _connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private static Task Nullable(NpgsqlBinaryImporter copy, string? value) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, NpgsqlDbType.Varchar);

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value) where T : struct =>
        value is { } v ? copy.WriteAsync(v, typeof(T) == typeof(long) ? NpgsqlDbType.Bigint : NpgsqlDbType.Integer) : copy.WriteNullAsync();
}
