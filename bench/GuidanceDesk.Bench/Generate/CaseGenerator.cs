using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// <c>generate --cases [N]</c>: adds guidance cases (default 1,000,000) with their plans, follow-ups, guidance records
/// (default 5,000,000 in all, about 10 % outside any case) and appointments to an already generated city, plus a
/// sign-in account for every staff member. Migrations are applied first (the city may predate the guidance tables).
/// </summary>
internal static class CaseGenerator
{
    private static readonly string[] Tables = ["Appointments", "CounselorSlots", "FollowUps", "GuidanceRecords", "EmploymentPlans", "CaseMessages", "OutboxMessages", "GuidanceCases"];

    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var cases = o.Get("cases") is { } c && c != "true" ? o.Int("cases", 1_000_000) : 1_000_000;
        var records = o.Int("records", 5_000_000);
        var openShare = double.Parse(o.Get("open-share", "0.15"), CultureInfo.InvariantCulture);
        const double LooseShare = 0.1;
        var random = new Random(o.Int("seed", 20261127));
        var sqlite = target.Provider == DatabaseProvider.Sqlite;

        var total = Stopwatch.StartNew();
        await using var app = AppHost.Build(target, demoData: false);
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        await EmptyGuidanceTablesAsync(app.Services, o.Flag("force"));
        var accounts = await StaffUsers.EnsureAsync(app.Services);
        Console.WriteLine($"migrations, {accounts} staff accounts: {total.Elapsed.TotalSeconds:F1} s");

        var watch = Stopwatch.StartNew();
        var (staff, workers) = await ReadCityAsync(app.Services);
        var occupations = app.Services.GetRequiredService<OccupationCatalog>().All
            .Where(x => x.Level == OccupationLevel.Occupation).Select(x => x.Code).ToList();
        var counts = new int[workers.Count];
        for (var i = 0; i < cases; i++)
            counts[random.Next(workers.Count)]++;
        var withCases = counts.Count(n => n > 0);
        var openProbability = Math.Min(1, openShare * cases / withCases);
        var recordScale = records * (1 - LooseShare) / (cases * CaseFactory.ExpectedRecordsPerCase(openShare));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {staff.Count:N0} staff, {workers.Count:N0} workers in {watch.Elapsed.TotalSeconds:F1} s; {withCases:N0} workers get cases; P(open) {openProbability:F3}, record scale {recordScale:F2}"));

        await using ICaseBulkTarget bulk = sqlite ? new SqliteCaseBulk(target.ConnectionString) : await PostgresCaseBulk.OpenAsync(target.ConnectionString);
        await bulk.PrepareAsync();
        var ids = new IdCounters
        {
            Case = await bulk.NextIdAsync("GuidanceCases") - 1, Plan = await bulk.NextIdAsync("EmploymentPlans") - 1,
            FollowUp = await bulk.NextIdAsync("FollowUps") - 1, Record = await bulk.NextIdAsync("GuidanceRecords") - 1,
            Appointment = await bulk.NextIdAsync("Appointments") - 1, Slot = await bulk.NextIdAsync("CounselorSlots") - 1,
        };
        using var factory = new CaseFactory(staff, occupations, TimeProvider.System.GetUtcNow(), openProbability, recordScale, sqlite, ids, random);

        watch.Restart();
        var batches = Channel.CreateBounded<CaseBatch>(2);
        var batchWorkers = o.Int("batch-workers", 20_000);
        TimeSpan making = default, writing = default;
        var producer = Task.Run(async () =>
        {
            for (var start = 0; start < workers.Count; start += batchWorkers)
            {
                var t0 = Stopwatch.GetTimestamp();
                var b = new CaseBatch();
                for (var i = start; i < Math.Min(workers.Count, start + batchWorkers); i++)
                    factory.Make(workers[i], counts[i], b);
                making += Stopwatch.GetElapsedTime(t0);
                await batches.Writer.WriteAsync(b);
            }
            // Services outside any case make up the rest of the records asked for (about a tenth), in a second pass.
            var perWorker = Math.Max(0, records - factory.CaseRecords) / (double)workers.Count;
            for (var start = 0; start < workers.Count; start += batchWorkers * 5)
            {
                var b = new CaseBatch();
                for (var i = start; i < Math.Min(workers.Count, start + (batchWorkers * 5)); i++)
                    factory.LooseRecordsFor(workers[i], perWorker, b);
                await batches.Writer.WriteAsync(b);
            }
            var byId = workers.ToDictionary(w => w.Id);
            await batches.Writer.WriteAsync(factory.Diaries(staff, id => byId[id]));
            batches.Writer.Complete();
        });
        long rows = 0, lastReport = 0;
        await foreach (var b in batches.Reader.ReadAllAsync())
        {
            var t = Stopwatch.GetTimestamp();
            await bulk.WriteAsync(b);
            writing += Stopwatch.GetElapsedTime(t);
            rows += b.Rows;
            if (rows - lastReport >= 2_000_000)
            {
                lastReport = rows;
                Console.WriteLine($"  rows {rows,11:N0}  cases {ids.Case,9:N0}  records {ids.Record,10:N0}  {rows / watch.Elapsed.TotalSeconds,8:N0} rows/s");
            }
        }
        await producer;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s = {rows / watch.Elapsed.TotalSeconds:N0} rows/s (busy: make {making.TotalSeconds:F1} s, write {writing.TotalSeconds:F1} s); case records {factory.CaseRecords:N0}, outside cases {factory.LooseRecords:N0}"));
        watch.Restart();
        // The bulk rows carry no snapshot of the worker's groups: take them from the workers, as the migration does.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE "GuidanceRecords" SET
                    "WorkerGroups" = (SELECT w."SpecialGroups" FROM "Workers" AS w WHERE w."Id" = "GuidanceRecords"."WorkerId"),
                    "WorkerAssistanceCategory" = (SELECT w."AssistanceCategory" FROM "Workers" AS w WHERE w."Id" = "GuidanceRecords"."WorkerId")
                """);
        }
        Console.WriteLine($"records' worker groups: {watch.Elapsed.TotalSeconds:F1} s");
        watch.Restart();
        await bulk.FinishAsync();
        Console.WriteLine($"finish (indexes, sequences, analyze): {watch.Elapsed.TotalSeconds:F1} s");
        watch.Restart();
        // Nor do they carry the open cases' worklist columns, which the app keeps after each save. After the indexes are
        // back: the fill looks up each open case's plans by case, which without the plans' index is a scan of every plan
        // for each of ~155,000 open cases (the PostgreSQL planner's estimate: hours). Then fresh statistics for the columns
        // it filled, which the partial indexes and the worklist's plans depend on (PostgreSQL; SQLite keeps none).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await db.BackfillWorklistColumnsAsync(CancellationToken.None);
            if (db is PostgresAppDbContext)
                await db.Database.ExecuteSqlRawAsync("""ANALYZE "GuidanceCases" """);
        }
        Console.WriteLine($"cases' worklist columns: {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"TOTAL generate --cases {total.Elapsed.TotalSeconds:F1} s");
        await CaseChecks.RunAsync(app.Services);
    }

    private static async Task EmptyGuidanceTablesAsync(IServiceProvider services, bool force)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.GuidanceCases.AnyAsync() && !await db.GuidanceRecords.AnyAsync())
            return;
        if (!force)
            throw new InvalidOperationException("The database already has guidance cases (a fresh city has the demo ones); pass --force to delete them, with appointments, outbox and every row that refers to them, first.");
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        // The demo data that `generate` loads has cases with referrals, placements, surveys… that refer to them: those
        // go too (CASCADE), or the truncation fails (PostgreSQL) or leaves rows pointing at ids the new cases reuse (SQLite).
        string[] statements = db.Database.IsNpgsql()
            ? ["TRUNCATE " + string.Join(", ", Tables.Select(t => $"\"{t}\"")) + " CASCADE"]
            // ON DELETE RESTRICT is checked row by row in SQLite, even within one table (PreviousPlanId): keys off meanwhile.
            : ["PRAGMA foreign_keys=OFF", .. (await SqliteDependentsAsync(connection)).Concat(Tables).Select(t => $"DELETE FROM \"{t}\""), "PRAGMA foreign_keys=ON"];
        foreach (var sql in statements)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql; // table names are the constants above
            cmd.CommandTimeout = 0;
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Tables that refer (directly or through one another) to the emptied ones, from SQLite's own foreign-key lists.</summary>
    private static async Task<List<string>> SqliteDependentsAsync(System.Data.Common.DbConnection connection)
    {
        var edges = new List<(string From, string To)>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                edges.Add((reader.GetString(0), reader.GetString(1)));
        }
        var found = new HashSet<string>(Tables, StringComparer.Ordinal);
        var dependents = new List<string>();
        for (var grew = true; grew;)
        {
            var next = edges.Where(e => found.Contains(e.To) && !found.Contains(e.From)).Select(e => e.From).Distinct().ToList();
            dependents.AddRange(next);
            found.UnionWith(next);
            grew = next.Count > 0;
        }
        return dependents;
    }

    private static async Task<(List<StaffInfo>, List<WorkerInfo>)> ReadCityAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var staff = await db.StaffMembers.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new StaffInfo(s.Id, s.ServiceUnitId, (int)s.Position, s.Name, s.UserId ?? "")).ToListAsync();
        var workers = await db.Workers.AsNoTracking().OrderBy(w => w.Id)
            .Select(w => new WorkerInfo(w.Id, w.ServiceUnitId, w.CounselorId, (int)w.SpecialGroups, w.Name, w.CreatedAt)).ToListAsync();
        return (staff, workers);
    }
}
