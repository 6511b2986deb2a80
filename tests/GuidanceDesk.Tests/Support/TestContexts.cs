using GuidanceDesk.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Tests.Support;

/// <summary>
/// A context of a test's own on the app's database, configured as the app configures its own, but on a plain
/// (unmultiplexed) connection: synchronous queries in assertions and helpers work on it, which the app's multiplexed
/// PostgreSQL connections refuse.
/// </summary>
public static class TestContexts
{
    public static AppDbContext Create(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>();
            DatabaseSetup.ConfigureSqlite(sqlite, connectionString);
            return new SqliteAppDbContext(sqlite.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseSetup.ConfigurePostgres(postgres, DatabaseSetup.Unmultiplexed(connectionString));
        return new PostgresAppDbContext(postgres.Options);
    }
}
