using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using GuidanceDesk.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// At start-up, one instance at a time (<see cref="StartupLock"/>): apply migrations, make sure the roles exist, on an
/// empty database create the demo agency, and on SQLite refresh the planner's statistics.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        // Several instances may start at once on one PostgreSQL (after an upgrade): one initialises, the others wait.
        await using var startup = await StartupLock.AcquireAsync(db, ct);
        // A migration may rewrite a large table (VacanciesMarket fills SeekerIntentions from every worker: about a
        // minute for 2M workers on PostgreSQL); the default 30 s command timeout is for requests, not for these.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync(ct);
        db.Database.SetCommandTimeout(null);

        // Notice years uploaded by an admin (each November) join the shipped ones before the first deadline is computed.
        await Calendar.CalendarYears.ReloadAsync(db, sp.GetRequiredService<Calendar.WorkingDayCalendar>(),
            sp.GetRequiredService<Calendar.ShippedHolidays>(), ct);

        await sp.PrepareFileStoreAsync(ct);
        await Features.Archive.ArchiveKeeping.EnsureDefaultsAsync(db, sp.GetRequiredService<TimeProvider>(), ct);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }

        await Features.Assessments.InstrumentCatalog.LoadShippedAsync(db, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer)), ct);

        if (configuration.GetValue("DemoData:Enabled", true) && !await db.ServiceUnits.AnyAsync(ct))
            await ActivatorUtilities.CreateInstance<DemoData>(sp).SeedAsync(ct);

        // SQLite plans joins from the statistics ANALYZE keeps; without any it drove the worklist from every scheduled
        // follow-up in the city instead of the counselor's open cases (480 ms a query at 1M cases, < 5 ms with them).
        // optimize analyses the tables that lack statistics or have grown a lot since; the limit makes it a sample
        // (tens of milliseconds on a 9 GB file).
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", ct);
    }
}
