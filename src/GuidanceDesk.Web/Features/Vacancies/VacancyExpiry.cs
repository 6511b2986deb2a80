using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>
/// Nightly: open vacancies whose closing date has passed are expired, in batches (each its own save), so that the
/// public pages and matching stop offering them. Everything overdue is caught, so a missed night is made up.
/// </summary>
public sealed class VacancyExpiry(AppDbContext db, AgencyClock clock, TimeProvider time, OpenVacancyIndex index,
    ILogger<VacancyExpiry> log) : IScheduledJob
{
    private const int Batch = 500;

    public string Name => "vacancies.expiry";

    public async Task RunAsync(CancellationToken cancellationToken) => await ExpireAsync(cancellationToken);

    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var total = 0;
        while (true)
        {
            var due = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open && v.ClosesOn < today)
                .OrderBy(v => v.Id).Take(Batch).ToListAsync(ct);
            if (due.Count == 0)
                break;
            var now = time.GetUtcNow();
            foreach (var v in due)
                v.ExpireIfDue(today, now);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += due.Count;
        }
        if (total > 0)
            index.MarkStale();
        log.LogInformation("Vacancy expiry: {Count} vacancies past their closing date expired", total);
        return total;
    }
}
