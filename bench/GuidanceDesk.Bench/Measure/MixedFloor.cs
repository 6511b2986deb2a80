using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>mixedfloor</c>: what the database alone does for the mixed load's main requests — no HTTP, no auth, no EF, no
/// audit — each kind in turn for <c>--duration</c> seconds on <c>--concurrency</c> threads, each thread with its own
/// connection and prepared commands (as <see cref="Floor"/>, whose worker-by-id read is the first kind). Each kind is
/// the core read (or write) of a request, not all of it: the app's worklist, for one, runs a dozen queries. Run it
/// right after the load, with the app stopped, so that it has the machine to itself.
/// </summary>
internal static class MixedFloor
{
    /// <summary>One operation on a thread's own connection; built once per thread (commands prepared there).</summary>
    private delegate Action<Random> Operation(DbConnection connection);

    private const string Marker = "bench-floor";

    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var concurrency = o.Int("concurrency", 16);
        var duration = TimeSpan.FromSeconds(o.Int("duration", 10));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 3));
        var protector = new PersonalDataProtector(Microsoft.Extensions.Options.Options.Create(
            new PersonalDataOptions { EncryptionKey = target.EncryptionKey, LookupKey = target.LookupKey }));
        long[] counselors, units;
        long maxWorker, maxCase, maxRecord;
        await using (var c = Floor.Open(target))
        {
            maxWorker = Scalar(c, "SELECT MAX(\"Id\") FROM \"Workers\"");
            maxCase = Scalar(c, "SELECT MAX(\"Id\") FROM \"GuidanceCases\"");
            maxRecord = Scalar(c, "SELECT MAX(\"Id\") FROM \"GuidanceRecords\"");
            counselors = Column(c, "SELECT DISTINCT \"CounselorId\" FROM \"GuidanceCases\" WHERE \"Stage\" <> 9 AND \"CounselorId\" IS NOT NULL");
            units = Column(c, "SELECT \"Id\" FROM \"ServiceUnits\"");
        }
        Console.WriteLine($"mixed floor: {target.Provider}, {concurrency} threads, {warmup.TotalSeconds} s warm-up + {duration.TotalSeconds} s per kind; {counselors.Length} counselors with open cases");
        var kinds = new (string Name, Operation Make)[]
        {
            ("worker by id (+2 decrypts)", c => WorkerById(c, protector, maxWorker)),
            ("counselor's open cases", c => OpenCases(c, counselors)),
            ("case + 50 latest records", c => CaseWithRecords(c, maxCase)),
            ("name prefix in a unit", c => NamePrefix(c, units)),
            ("insert a record (commit)", c => InsertRecord(c, maxRecord)),
        };
        foreach (var (name, make) in kinds)
        {
            Phase(target, make, concurrency, warmup, seed: 1);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var db = ProcessSampler.CpuSecondsOf("postgres");
            var (latency, elapsed) = Phase(target, make, concurrency, duration, seed: 2);
            var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var dbUsed = ProcessSampler.CpuSecondsOf("postgres") - db;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT floor {name,-28} {latency.Count / elapsed.TotalSeconds,8:F0} ops/s  {latency.Summary()}  cpu: bench {cpuUsed / elapsed.TotalSeconds * 100:F0}%, postgres {dbUsed / elapsed.TotalSeconds * 100:F0}%"));
        }
        await using (var c = Floor.Open(target))
        {
            using var delete = c.CreateCommand();
            delete.CommandText = $"DELETE FROM \"GuidanceRecords\" WHERE \"RecordedByUserId\" = '{Marker}'";
            delete.CommandTimeout = 0;
            Console.WriteLine($"floor records deleted again: {delete.ExecuteNonQuery():N0}");
        }
    }

    /// <summary>Size on disk (PostgreSQL: pg_database_size; SQLite: the file and its WAL) and the city's main row counts (highest ids).</summary>
    public static async Task<string> DatabaseSizeAsync(BenchTarget target)
    {
        await using var c = Floor.Open(target);
        long bytes;
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            bytes = new FileInfo(file).Length + (File.Exists(file + "-wal") ? new FileInfo(file + "-wal").Length : 0);
        }
        else
        {
            bytes = Scalar(c, "SELECT pg_database_size(current_database())");
        }
        var tables = new[] { "Workers", "Employers", "Vacancies", "GuidanceCases", "GuidanceRecords", "SatisfactionResponses", "Appointments", "AuditEntries" };
        var counts = tables.Select(t => $"{t} {Scalar(c, $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{t}\""):N0}");
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0 / 1024:F2} GiB; highest ids: {string.Join(", ", counts)}");
    }

    private static Action<Random> WorkerById(DbConnection c, PersonalDataProtector protector, long maxId)
    {
        var (cmd, id) = Prepare(c, "SELECT * FROM \"Workers\" WHERE \"Id\" = @p");
        return r =>
        {
            id.Value = r.NextInt64(1, maxId + 1);
            using var reader = cmd.ExecuteReader();
            if (!reader.Read())
                return;
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            protector.Unprotect(reader.GetString(reader.GetOrdinal("IdNumberCipher")));
            if (reader["PhoneCipher"] is string phone)
                protector.Unprotect(phone);
        };
    }

    /// <summary>The worklist's core: a counselor's open cases with the worker's name and any scheduled follow-up (the partial open-case index).</summary>
    private static Action<Random> OpenCases(DbConnection c, long[] counselors)
    {
        var (cmd, id) = Prepare(c, """
            SELECT c."Id", c."Stage", c."LastActivityAt", w."Name", f."Id", f."DueOn"
            FROM "GuidanceCases" c JOIN "Workers" w ON w."Id" = c."WorkerId"
            LEFT JOIN "FollowUps" f ON f."CaseId" = c."Id" AND f."Status" = 1
            WHERE c."CounselorId" = @p AND c."Stage" <> 9
            ORDER BY c."LastActivityAt" DESC LIMIT 500
            """);
        return r =>
        {
            id.Value = counselors[r.Next(counselors.Length)];
            ReadAll(cmd);
        };
    }

    /// <summary>The case page's core: the whole case row (its JSON columns too) and its latest 50 records.</summary>
    private static Action<Random> CaseWithRecords(DbConnection c, long maxCase)
    {
        var (cmd, id) = Prepare(c, """
            SELECT * FROM "GuidanceCases" WHERE "Id" = @p;
            SELECT * FROM "GuidanceRecords" WHERE "CaseId" = @p ORDER BY "OccurredAt" DESC LIMIT 50
            """);
        return r =>
        {
            id.Value = r.NextInt64(1, maxCase + 1);
            ReadAll(cmd);
        };
    }

    /// <summary>A counselor's name search: the first page of 20 by name and the count capped at 10,001 (WorkerQueries.CountCap).</summary>
    private static Action<Random> NamePrefix(DbConnection c, long[] units)
    {
        var (cmd, unit) = Prepare(c, """
            SELECT "Id", "Name", "IdNumberCipher" FROM "Workers" WHERE "ServiceUnitId" = @p AND "Name" >= @from AND "Name" < @to ORDER BY "Name", "Id" LIMIT 20;
            SELECT COUNT(*) FROM (SELECT 1 FROM "Workers" WHERE "ServiceUnitId" = @p AND "Name" >= @from AND "Name" < @to LIMIT 10001) x
            """, "@from", "@to");
        return r =>
        {
            var chars = r.Next(2) == 0 ? Generate.City.MaleChars : Generate.City.FemaleChars;
            var prefix = Generate.City.Surnames.Pick(r) + chars[r.Next(chars.Length)];
            unit.Value = units[r.Next(units.Length)];
            cmd.Parameters[1].Value = prefix;
            cmd.Parameters[2].Value = prefix[..^1] + (char)(prefix[^1] + 1);
            ReadAll(cmd);
        };
    }

    /// <summary>A guidance record written and committed (a copy of a random record, marked so that it is deleted afterwards).</summary>
    private static Action<Random> InsertRecord(DbConnection c, long maxRecord)
    {
        const string Columns = "\"ServiceUnitId\", \"WorkerId\", \"CaseId\", \"CounselorId\", \"Kind\", \"OccurredAt\", \"DurationMinutes\", \"Channel\", \"ServiceItems\", \"Content\", \"Advice\", \"NextSteps\", \"RecordedByUserId\", \"RecordedAt\", \"Version\", \"Registration\", \"WorkerAssistanceCategory\", \"WorkerGroups\"";
        var (cmd, id) = Prepare(c, $"INSERT INTO \"GuidanceRecords\" ({Columns}) SELECT {Columns.Replace("\"RecordedByUserId\"", $"'{Marker}'", StringComparison.Ordinal)} FROM \"GuidanceRecords\" WHERE \"Id\" = @p");
        return r =>
        {
            id.Value = r.NextInt64(1, maxRecord + 1);
            cmd.ExecuteNonQuery(); // autocommit: one transaction, flushed like the app's SaveChanges
        };
    }

    private static (Latency, TimeSpan) Phase(BenchTarget target, Operation make, int concurrency, TimeSpan duration, int seed)
    {
        var parts = new Latency[concurrency];
        var watch = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, concurrency).Select(t => new Thread(() =>
        {
            var random = new Random((seed * 1000) + t);
            var latency = parts[t] = new Latency();
            using var connection = Floor.Open(target);
            var op = make(connection);
            while (watch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                op(random);
                latency.Add(Stopwatch.GetTimestamp() - start);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return (Latency.Merge(parts), watch.Elapsed);
    }

    private static (DbCommand, DbParameter) Prepare(DbConnection c, string sql, params string[] more)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var p = Add(cmd, "@p", 1L);
        foreach (var name in more)
            Add(cmd, name, "");
        cmd.Prepare();
        return (cmd, p);
    }

    private static DbParameter Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
        return p;
    }

    private static void ReadAll(DbCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        do
        {
            var values = new object[reader.FieldCount];
            while (reader.Read())
                reader.GetValues(values);
        }
        while (reader.NextResult());
    }

    private static long Scalar(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql; // constant SQL of this class
        cmd.CommandTimeout = 0;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long[] Column(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        using var reader = cmd.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
            values.Add(reader.GetInt64(0));
        return [.. values];
    }
}
