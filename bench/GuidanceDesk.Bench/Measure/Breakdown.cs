using System.Diagnostics;
using System.Security.Claims;
using GuidanceDesk.Bench.Generate;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>breakdown</c>: where the time of one GET /workers/{id} goes below HTTP, single-threaded. Variants run interleaved
/// in rounds, so that a busy neighbour on the machine slows all of them alike and the differences stay meaningful.
/// SQLite only (the variants that open raw connections use Microsoft.Data.Sqlite).
/// </summary>
internal static class Breakdown
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var rounds = o.Int("rounds", 20);
        var perRound = o.Int("per-round", 200);
        await using var app = AppHost.Build(target, demoData: false, urls: "http://127.0.0.1:0");
        await app.StartAsync();
        var services = app.Services;
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var protector = services.GetRequiredService<PersonalDataProtector>();
        ClaimsPrincipal principal;
        long maxId;
        await using (var scope = services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(CitySetup.BenchUser);
            principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
            maxId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Workers.MaxAsync(w => w.Id);
        }
        using var held = new SqliteConnection(target.ConnectionString);
        held.Open();
        const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

        var variants = new (string Name, Func<long, Task> Run)[]
        {
            ("ADO: row + 2 decrypts, connection held open", id => { ReadRow(held, id, protector); return Task.CompletedTask; }),
            ("ADO: + pooled open/close + app PRAGMAs", id =>
            {
                using var c = new SqliteConnection(target.ConnectionString);
                c.Open();
                using (var p = c.CreateCommand()) { p.CommandText = Pragmas; p.ExecuteNonQuery(); }
                ReadRow(c, id, protector);
                return Task.CompletedTask;
            }),
            ("EF: WorkerQueries.GetAsync (as the API)", id => InScope(services, accessor, principal, (q, _) => q.GetAsync(id, audited: true, default))),
            ("EF: GetAsync, connection opened once per scope", id => InScope(services, accessor, principal, async (q, db) =>
            {
                await db.Database.OpenConnectionAsync();
                await q.GetAsync(id, audited: true, default);
            })),
            ("EF: GetAsync without the read audit", id => InScope(services, accessor, principal, (q, _) => q.GetAsync(id, audited: false, default))),
            ("EF: GetAsync's worker query (row + unit + counselor)", id => InScope(services, accessor, principal, (_, db) =>
                db.Workers.AsNoTracking().Where(w => w.Id == id).Select(w => new
                {
                    Worker = w,
                    Unit = db.ServiceUnits.Where(u => u.Id == w.ServiceUnitId).Select(u => u.Name).FirstOrDefault(),
                    Counselor = db.StaffMembers.Where(s => s.Id == w.CounselorId).Select(s => s.Name).FirstOrDefault(),
                }).FirstOrDefaultAsync())),
            ("EF: GetAsync's consents query", id => InScope(services, accessor, principal, (_, db) =>
                db.ConsentRecords.AsNoTracking().Where(c => c.WorkerId == id).OrderByDescending(c => c.RecordedAt).ToListAsync())),
            ("EF: worker row only (AsNoTracking, FirstOrDefault)", id => InScope(services, accessor, principal, (_, db) =>
                db.Workers.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id))),
        };
        var results = variants.Select(_ => new Latency()).ToArray();
        var allocated = new long[variants.Length];
        var random = new Random(3);
        for (var round = 0; round < rounds; round++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < perRound; i++)
                {
                    var id = random.NextInt64(1, maxId + 1);
                    var start = Stopwatch.GetTimestamp();
                    await variants[v].Run(id);
                    if (round > 0) // round 0 is warm-up
                        results[v].Add(Stopwatch.GetTimestamp() - start);
                }
                allocated[v] += GC.GetTotalAllocatedBytes(precise: true) - before;
            }
        }
        for (var v = 0; v < variants.Length; v++)
            Console.WriteLine($"{variants[v].Name,-52} {Latency.Merge([results[v]]).Summary()} alloc/op={allocated[v] / (rounds * perRound) / 1024} KB");
        await app.StopAsync();
    }

    private static async Task InScope(IServiceProvider services, IHttpContextAccessor accessor, ClaimsPrincipal principal,
        Func<WorkerQueries, AppDbContext, Task> call)
    {
        await using var scope = services.CreateAsyncScope();
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        await call(scope.ServiceProvider.GetRequiredService<WorkerQueries>(), scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static void ReadRow(SqliteConnection connection, long id, PersonalDataProtector protector)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT * FROM \"Workers\" WHERE \"Id\" = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
            return;
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        protector.Unprotect((string)values[reader.GetOrdinal("IdNumberCipher")]);
        if (values[reader.GetOrdinal("PhoneCipher")] is string phone)
            protector.Unprotect(phone);
    }
}
