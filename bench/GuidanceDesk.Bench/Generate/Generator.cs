using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// <c>generate</c>: schema through the app's migrations and DatabaseInitializer (roles, demo users), units/staff/bench
/// user through EF and Identity, then employers and workers bulk loaded. While one batch is written, the next is made.
/// </summary>
internal static class Generator
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: true);
        var workers = o.Int("workers", 2_000_000);
        var employers = o.Int("employers", 100_000);
        var batchSize = o.Int("batch", 50_000);
        var random = new Random(o.Int("seed", 20261126)); // synthetic data: reproducible, not secret
        await PrepareEmptyDatabaseAsync(target, o.Flag("force"));
        var keyFile = BenchTarget.KeyFile(o, target.Provider);
        target.Save(keyFile);

        var total = Stopwatch.StartNew();
        await using var app = AppHost.Build(target, demoData: true);
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        Console.WriteLine($"migrations, roles, demo data: {total.Elapsed.TotalSeconds:F1} s");
        var (units, benchUserId) = await CitySetup.CreateAsync(app.Services, o.Int("units", 40), o.Int("staff", 2000), random);
        Console.WriteLine($"schema, demo data, {units.All.Count} units, staff, user '{CitySetup.BenchUser}': {total.Elapsed.TotalSeconds:F1} s");

        var protector = app.Services.GetRequiredService<PersonalDataProtector>();
        var now = TimeProvider.System.GetUtcNow();
        await using IBulkTarget bulk = target.Provider == DatabaseProvider.Sqlite
            ? new SqliteBulk(target.ConnectionString, benchUserId)
            : await PostgresBulk.OpenAsync(target.ConnectionString, benchUserId);

        var employerFactory = new EmployerFactory(units, protector, now);
        var firstEmployer = await bulk.NextIdAsync("Employers");
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < employers; start += batchSize)
        {
            var rows = Enumerable.Range(start, Math.Min(batchSize, employers - start))
                .Select(n => employerFactory.Make(firstEmployer + n, n, random)).ToList();
            await bulk.WriteEmployersAsync(rows);
        }
        Report("employers", employers, watch.Elapsed);

        var divisions = app.Services.GetRequiredService<DivisionCatalog>();
        var occupations = app.Services.GetRequiredService<OccupationCatalog>().All
            .Where(x => x.Level == OccupationLevel.Occupation).Select(x => x.Code).ToList();
        var factory = new WorkerFactory(units, divisions, occupations, protector, now);
        var firstWorker = await bulk.NextIdAsync("Workers");
        watch.Restart();
        var batches = Channel.CreateBounded<WorkerRow[]>(2);
        TimeSpan describing = default, protecting = default, writing = default; // busy time per stage, to see which one bounds the load
        var producer = Task.Run(async () =>
        {
            for (var start = 0; start < workers; start += batchSize)
            {
                var rows = new WorkerRow[Math.Min(batchSize, workers - start)];
                var t0 = Stopwatch.GetTimestamp();
                for (var i = 0; i < rows.Length; i++)
                    factory.Describe(rows[i] = new WorkerRow(), firstWorker + start + i, random);
                var t1 = Stopwatch.GetTimestamp();
                Parallel.For(0, rows.Length, i => factory.Protect(rows[i]));
                describing += Stopwatch.GetElapsedTime(t0, t1);
                protecting += Stopwatch.GetElapsedTime(t1);
                await batches.Writer.WriteAsync(rows);
            }
            batches.Writer.Complete();
        });
        long written = 0;
        await foreach (var rows in batches.Reader.ReadAllAsync())
        {
            var tw = Stopwatch.GetTimestamp();
            await bulk.WriteWorkersAsync(rows);
            writing += Stopwatch.GetElapsedTime(tw);
            written += rows.Length;
            if (written % 500_000 < batchSize || written == workers)
                Console.WriteLine($"  workers {written,9:N0}  {written / watch.Elapsed.TotalSeconds,8:N0} rows/s");
        }
        await producer;
        Report("workers (+1 consent each)", workers, watch.Elapsed);
        Console.WriteLine($"  busy: describe {describing.TotalSeconds:F1} s, encrypt/hash (parallel) {protecting.TotalSeconds:F1} s, insert {writing.TotalSeconds:F1} s");

        watch.Restart();
        await bulk.FinishAsync();
        Console.WriteLine($"finish (indexes, checkpoint / sequences, analyze): {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"TOTAL {total.Elapsed.TotalSeconds:F1} s; worker ids {firstWorker}..{firstWorker + workers - 1}");
        Console.WriteLine($"keys: {keyFile}; start the app with (or `source {Path.ChangeExtension(keyFile, ".env")}`):");
        Console.WriteLine(string.Join(" ", target.Settings(demoData: false)
            .Select(s => $"{s.Key.Replace(":", "__", StringComparison.Ordinal)}='{s.Value}'")));
    }

    private static void Report(string what, int rows, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {rows:N0} rows in {elapsed.TotalSeconds:F1} s = {rows / elapsed.TotalSeconds:N0} rows/s"));

    /// <summary>Refuses to mix a new synthetic city into an existing database unless --force says to start over.</summary>
    private static async Task PrepareEmptyDatabaseAsync(BenchTarget target, bool force)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            if (File.Exists(file) && !force)
                throw new InvalidOperationException($"{file} exists; pass --force to replace it.");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                File.Delete(f);
            return;
        }
        await PostgresBulk.ResetSchemaAsync(target.ConnectionString, force);
    }
}
