using GuidanceDesk.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>
/// Another instance may have loaded a new notice year: every instance looks for a newer upload once a minute
/// (one indexed MAX) and rebuilds its calendar when there is one.
/// </summary>
public sealed class CalendarRefresher(IServiceScopeFactory scopes, WorkingDayCalendar calendar, ShippedHolidays shipped,
    IConfiguration configuration, TimeProvider time, ILogger<CalendarRefresher> logger) : BackgroundService
{
    private long _seen = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(configuration.GetValue("Calendar:RefreshSeconds", 60));
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var latest = await db.HolidayYearUploads.MaxAsync(u => (long?)u.Id, stoppingToken) ?? 0;
                if (latest != _seen)
                    _seen = await CalendarYears.ReloadAsync(db, calendar, shipped, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reloading the working-day calendar failed; the loaded years stay in force");
            }
        }
    }
}
