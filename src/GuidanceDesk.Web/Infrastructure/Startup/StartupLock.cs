using GuidanceDesk.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// Serialises start-up across instances of the app on one PostgreSQL database. Migrations take EF Core's own lock, but
/// what follows them — roles, the shipped instruments, the demo agency on an empty database — checks and then writes,
/// so two instances started at once after an upgrade would both see "missing" and both write (a duplicate demo agency,
/// or one instance failing on a unique index). A session-level advisory lock on a connection of its own holds the whole
/// initialisation; the second instance waits, then finds everything in place. SQLite is one process's file: no lock.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any constant the app's other advisory locks do not use ("GD" and the standard's number).</summary>
    private const long Key = 0x4744_0002_2024;

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
            return new StartupLock(null);
        // Unpooled (and so not multiplexed): the lock belongs to the session, and a pooled connection would carry it back
        // into the pool.
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false, Multiplexing = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            cmd.Parameters.AddWithValue("key", Key);
            cmd.CommandTimeout = 0; // wait as long as the other instance's migrations take
            await cmd.ExecuteNonQueryAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock even if the unlock below fails.
        if (_connection is null)
            return;
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            cmd.Parameters.AddWithValue("key", Key);
            await cmd.ExecuteNonQueryAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
