using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>archivecheck [--setup] --provider postgres --connection C</c> (issue 7): the archive completeness check over every
/// case of the city (target: 1,000,000 cases in &lt; 60 s). <c>--setup</c> first files, by SQL, an archive item (with one
/// version) for 9 of every 10 guidance records and every appointment of a case, and moves the filing watermarks past
/// them, so the check has a realistic mix of complete and incomplete cases and the app's filing job does not start on
/// the whole history. Then three runs of the city-wide check and one of the largest unit's (the custodian's page).
/// </summary>
internal static class ArchiveCheckRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        await using var app = AppHost.Build(target, demoData: false);
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        if (o.Flag("setup"))
            await SetupAsync(app.Services);

        for (var run = 1; run <= 3; run++)
            await TimeAsync(app.Services, null, $"city run {run}");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var unit = await db.GuidanceCases.GroupBy(c => c.ServiceUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            await TimeAsync(app.Services, unit, $"largest unit ({unit})");
        }
    }

    private static async Task TimeAsync(IServiceProvider services, long? unit, string label)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        GC.Collect();
        var memory = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var result = await new ArchiveCompleteness(db).ScanAsync(unit, CancellationToken.None);
        watch.Stop();
        var heapMb = (GC.GetTotalMemory(false) - memory) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT archive completeness {label}: {result.Cases:N0} cases, {result.Incomplete.Count:N0} incomplete, {watch.Elapsed.TotalSeconds:F1} s, heap +{heapMb:F0} MB"));
    }

    private static async Task SetupAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var watch = Stopwatch.StartNew();
        if (await db.ArchiveItems.AnyAsync())
        {
            Console.WriteLine("archive items exist already; setup skipped");
            return;
        }

        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "StoredFiles" ("StorageKey", "Store", "Sha256", "Length", "Type", "FileName", "CreatedByUserId", "CreatedAt")
            VALUES ('bench/none', 'local', repeat('0', 64), 1, 1, 'bench.pdf', 'bench', now());
            INSERT INTO "ArchiveItems" ("ServiceUnitId", "WorkerId", "CaseId", "Kind", "Title", "Origin", "SourceType", "SourceId", "CreatedAt", "Version")
            SELECT r."ServiceUnitId", r."WorkerId", r."CaseId", 3, '指导过程记录表', 1, 'GuidanceRecord', r."Id", now(), 0
            FROM "GuidanceRecords" r WHERE r."CaseId" IS NOT NULL AND r."Id" % 10 <> 0;
            INSERT INTO "ArchiveItems" ("ServiceUnitId", "WorkerId", "CaseId", "Kind", "Title", "Origin", "SourceType", "SourceId", "CreatedAt", "Version")
            SELECT a."ServiceUnitId", a."WorkerId", a."CaseId", 1, '预约登记表', 1, 'Appointment', a."Id", now(), 0
            FROM "Appointments" a WHERE a."CaseId" IS NOT NULL;
            INSERT INTO "ArchiveItemVersions" ("ArchiveItemId", "Number", "StoredFileId", "AddedByUserId", "AddedAt")
            SELECT i."Id", 1, (SELECT max("Id") FROM "StoredFiles"), 'bench', now() FROM "ArchiveItems" i;
            INSERT INTO "ArchiveFilingMarks" ("SourceType", "LastId")
            SELECT 'GuidanceRecord', coalesce(max("Id"), 0) FROM "GuidanceRecords" UNION ALL SELECT 'Appointment', coalesce(max("Id"), 0) FROM "Appointments";
            ANALYZE "ArchiveItems"; ANALYZE "ArchiveItemVersions";
            """);
        var items = await db.ArchiveItems.CountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup: {items:N0} archive items filed in {watch.Elapsed.TotalSeconds:F0} s"));
    }
}
