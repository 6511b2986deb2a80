using GuidanceDesk.Web.Data;
using Npgsql;

namespace GuidanceDesk.Tests.Support;

/// <summary>SQLite: always available; a fresh file per fixture.</summary>
public class SqliteApp : AppFixture
{
    private string? _dir;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string?> PrepareDatabaseAsync()
    {
        _dir = Path.Combine(Path.GetTempPath(), "gd-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        return Task.FromResult<string?>($"Data Source={Path.Combine(_dir, "gd.db")}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (_dir is not null)
                Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection: the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>
/// PostgreSQL: when GUIDANCEDESK_TEST_POSTGRES holds a connection string (CI sets it), a fresh database per fixture,
/// dropped afterwards. Without it the PostgreSQL variants of the feature tests are skipped, with that reason.
/// </summary>
public class PostgresApp : AppFixture
{
    public const string Variable = "GUIDANCEDESK_TEST_POSTGRES";
    private string? _server;
    private string? _database;

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<string?> PrepareDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            MarkUnavailable($"PostgreSQL tests skipped: set {Variable} to a connection string (e.g. Host=localhost;Username=gd;Password=gd;Database=postgres) to run them; .ci/run does.");
            return null;
        }
        _database = "gd_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var conn = new NpgsqlConnection(_server);
        await conn.OpenAsync();
        await using (var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn))
            await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (_server is null || _database is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class OnSqlite : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite app";
}

[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres app";
}
