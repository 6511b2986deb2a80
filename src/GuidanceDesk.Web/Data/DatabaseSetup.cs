using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace GuidanceDesk.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Picks the provider from configuration (<c>Database:Provider</c>) and registers <see cref="AppDbContext"/>.</summary>
public static class DatabaseSetup
{
    public const string DefaultSqliteFile = "data/guidancedesk.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    /// <summary>The connection string, with a relative SQLite file resolved against the content root.</summary>
    public static string ConnectionString(IConfiguration configuration, string contentRoot)
    {
        var provider = ProviderFrom(configuration);
        var configured = configuration["Database:ConnectionString"];
        if (provider == DatabaseProvider.Postgres)
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.")
                : WithPostgresDefaults(configured);
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        if (!Path.IsPathRooted(csb.DataSource) && !csb.DataSource.StartsWith(':'))
            csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
        if (!csb.DataSource.StartsWith(':'))
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        csb.DefaultTimeout = 30;
        return csb.ToString();
    }

    /// <summary>At most this many connections to PostgreSQL per instance unless the connection string says otherwise.</summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>
    /// Npgsql prepares no statement unless told to, so PostgreSQL parsed and planned each of the app's few hundred
    /// distinct queries on every execution (docs/performance.md has the load runs with and without). A value the
    /// connection string gives wins. Prepared statements survive a connection's return to the pool; the restore clears
    /// the pools (the tables are replaced).
    /// </summary>
    private static string WithPostgresDefaults(string configured)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
        var csb = new NpgsqlConnectionStringBuilder(configured);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
            csb.MaxAutoPrepare = 100;
        if (!given.ContainsKey("Auto Prepare Min Usages") && !given.ContainsKey("AutoPrepareMinUsages"))
            csb.AutoPrepareMinUsages = 2;
        // Returning a connection to the pool otherwise costs a DISCARD ALL on its next use. The app keeps no session
        // state on pooled connections (the start-up lock has its own, unpooled one; an open transaction is still
        // rolled back on close).
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
            csb.NoResetOnClose = true;
        // Npgsql's default of 100 lets a busy instance open as many backends as PostgreSQL allows by default (two
        // instances then run out of connection slots), and backends beyond a few per core only contend: on the 2-core
        // bench machine 12–20 served 20 % more requests a second than 100, and 6 fewer (docs/performance.md). Size it to
        // the database server (about 4–8 per core of PostgreSQL) in the connection string.
        if (!given.ContainsKey("Maximum Pool Size") && !given.ContainsKey("MaxPoolSize"))
            csb.MaxPoolSize = DefaultMaxPoolSize;
        return csb.ConnectionString;
    }

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = ConnectionString(configuration, contentRoot);
        if (ProviderFrom(configuration) == DatabaseProvider.Postgres)
        {
            var app = configuration.GetValue("Database:Multiplexing", true) ? Multiplexed(connectionString) : connectionString;
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o => ConfigurePostgres(o, app));
            services.AddDbContext<KeyRingDbContext>(o => o.UseNpgsql(Unmultiplexed(connectionString)));
        }
        else
        {
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => ConfigureSqlite(o, connectionString));
            services.AddDbContext<KeyRingDbContext>(o => ConfigureSqlite(o, connectionString));
        }
        return services;
    }

    /// <summary>
    /// The app's PostgreSQL connections multiplexed unless the connection string says otherwise: the commands of
    /// concurrent requests share a few connections and go out together, instead of each request taking a connection of
    /// its own for every statement. Each statement had cost a hand-over to a PostgreSQL backend and back (a wake-up of
    /// each process), more CPU on the 2-core reference machine than most of the queries themselves: the mixed load
    /// went from 543 to 738 requests a second with the same code (docs/performance.md, issue 9). A multiplexed
    /// connection refuses synchronous commands, so everything on <see cref="AppDbContext"/> runs asynchronously; the
    /// few places that need a session of their own (the start-up lock, the key ring, backups) use
    /// <see cref="Unmultiplexed"/>. A transaction holds one connection until it ends, as before.
    /// </summary>
    public static string Multiplexed(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Multiplexing") ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = true }.ConnectionString;
    }

    /// <summary>The same database without multiplexing: for synchronous callers and sessions with state of their own.</summary>
    public static string Unmultiplexed(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = false }.ConnectionString;

    public static void ConfigureSqlite(DbContextOptionsBuilder o, string connectionString) =>
        o.UseSqlite(connectionString, s => s.MigrationsHistoryTable("__EFMigrationsHistory"))
         .AddInterceptors(SqlitePragmas.Instance);

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string connectionString) =>
        // No retrying execution strategy: use cases open their own transactions, which retries would have to replay.
        o.UseNpgsql(connectionString);

    /// <summary>
    /// WAL lets readers run beside the one writer; NORMAL sync is durable across an application crash in WAL mode
    /// and avoids an fsync per commit; the busy timeout makes a second writer wait instead of failing.
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
            cmd.ExecuteNonQuery();
        }
    }
}
