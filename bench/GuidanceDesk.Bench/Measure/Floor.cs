using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>floor</c>: what the database and the decryption alone can do — no HTTP, no auth, no EF, no audit. N threads (the
/// same N as the load test), each with its own open connection and prepared command: select the worker row by a random
/// id, read every column, decrypt the ID number and phone with the app's PersonalDataProtector. Blocking threads
/// rather than tasks, because Microsoft.Data.Sqlite's async methods run synchronously anyway.
/// </summary>
internal static class Floor
{
    public static void Run(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var concurrency = o.Int("concurrency", 32);
        var duration = TimeSpan.FromSeconds(o.Int("duration", 30));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 5));
        var protector = new PersonalDataProtector(Microsoft.Extensions.Options.Options.Create(
            new PersonalDataOptions { EncryptionKey = target.EncryptionKey, LookupKey = target.LookupKey }));
        long maxId;
        using (var probe = Open(target))
        using (var cmd = probe.CreateCommand())
        {
            cmd.CommandText = "SELECT MAX(\"Id\") FROM \"Workers\"";
            maxId = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        Console.WriteLine($"floor: {target.Provider}, {concurrency} threads, ids 1..{maxId}, warm-up {warmup.TotalSeconds} s, measure {duration.TotalSeconds} s");
        RunPhase(target, protector, concurrency, warmup, maxId, seed: 1);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (latency, elapsed, missing) = RunPhase(target, protector, concurrency, duration, maxId, seed: 2);
        var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT floor rps={latency.Count / elapsed.TotalSeconds:F0} n={latency.Count:N0} missing ids={missing} cpu={cpuUsed / elapsed.TotalSeconds * 100:F0}% of a core"));
        Console.WriteLine("RESULT latency " + latency.Summary());
    }

    private static (Latency, TimeSpan, int) RunPhase(BenchTarget target, PersonalDataProtector protector, int concurrency,
        TimeSpan duration, long maxId, int seed)
    {
        var parts = new Latency[concurrency];
        var missing = 0;
        var watch = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, concurrency).Select(t => new Thread(() =>
        {
            var random = new Random(seed * 1000 + t);
            var latency = parts[t] = new Latency();
            using var connection = Open(target);
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT * FROM \"Workers\" WHERE \"Id\" = @id";
            var id = cmd.CreateParameter();
            id.ParameterName = "@id";
            id.Value = 1L;
            cmd.Parameters.Add(id);
            cmd.Prepare();
            while (watch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                id.Value = random.NextInt64(1, maxId + 1);
                using (var reader = cmd.ExecuteReader())
                {
                    if (!reader.Read())
                    {
                        Interlocked.Increment(ref missing);
                        continue;
                    }
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    protector.Unprotect(reader.GetString(reader.GetOrdinal("IdNumberCipher")));
                    if (reader["PhoneCipher"] is string phone)
                        protector.Unprotect(phone);
                }
                latency.Add(Stopwatch.GetTimestamp() - start);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return (Latency.Merge(parts), watch.Elapsed, missing);
    }

    /// <summary>A raw ADO.NET connection to the bench database, opened (no EF).</summary>
    internal static DbConnection Open(BenchTarget target)
    {
        DbConnection connection = target.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(target.ConnectionString)
            : new NpgsqlConnection(target.ConnectionString);
        connection.Open();
        return connection;
    }
}
