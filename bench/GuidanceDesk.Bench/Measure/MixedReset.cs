using System.Globalization;
using GuidanceDesk.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// Keeps mixed-load runs comparable: each run adds ~36 guidance records and ~21 bookings a second, all on the same
/// 50 counselors' open cases. Left in place they pile up run after run: after a few dozen runs the case page read
/// 41 records a worker instead of the city's ~5, and each booking's clash check walked thousands of bookings the
/// earlier runs had made in the counselors' future. Before each run this deletes the records and appointments above
/// a watermark of ids (kept in a file beside the keys; the first run writes it from the database as it then is).
/// Audit entries stay (append-only), as do follow-ups recorded and cases' last-activity times: both make later runs
/// slightly cheaper, not dearer.
/// </summary>
internal static class MixedReset
{
    public static async Task RunAsync(BenchTarget target, string watermarkFile)
    {
        await using var app = AppHost.Build(target, demoData: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        if (!File.Exists(watermarkFile))
        {
            var records = await db.GuidanceRecords.MaxAsync(r => (long?)r.Id) ?? 0;
            var appointments = await db.Appointments.MaxAsync(a => (long?)a.Id) ?? 0;
            await File.WriteAllTextAsync(watermarkFile, FormattableString.Invariant($"{records} {appointments}\n"));
            Console.WriteLine($"mixed reset: watermark written ({watermarkFile}: records {records:N0}, appointments {appointments:N0})");
            return;
        }
        var parts = (await File.ReadAllTextAsync(watermarkFile)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var recordMark = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var appointmentMark = long.Parse(parts[1], CultureInfo.InvariantCulture);
        var deletedRecords = await db.GuidanceRecords.Where(r => r.Id > recordMark).ExecuteDeleteAsync();
        var deletedAppointments = await db.Appointments.Where(a => a.Id > appointmentMark).ExecuteDeleteAsync();
        Console.WriteLine($"mixed reset: deleted {deletedRecords:N0} records and {deletedAppointments:N0} appointments of earlier runs (above {watermarkFile})");
    }
}
