using GuidanceDesk.Bench.Generate;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>One generated counselor of the mixed load, with what their requests need (all their own).</summary>
internal sealed class MixedUser
{
    public required long StaffId { get; init; }
    public required string UserName { get; init; }
    public string Token { get; set; } = "";
    public required (long Case, long Worker)[] Open { get; init; }
    public required long[] Closed { get; init; }
    public required (long Case, long FollowUp)[] FollowUps { get; init; }
    /// <summary>Decrypted ID numbers of some of their case workers, for the exact-ID search.</summary>
    public required string[] IdNumbers { get; init; }
    /// <summary>Open vacancies of their unit, for ranked candidates.</summary>
    public required long[] Vacancies { get; init; }
    /// <summary>The first day with nothing booked for them: bookings of this run start there, one 30-minute slot after another.</summary>
    public required DateOnly FirstFreeDay { get; init; }
    private int _slot = -1;
    private int _followUp = -1;

    /// <summary>
    /// Their follow-ups in turn, starting at a random one: two requests of one counselor in flight at once record
    /// different follow-ups (drawn at random, two could hit the same one and the second be refused as stale, a 409).
    /// </summary>
    public (long Case, long FollowUp) NextFollowUp(Random r)
    {
        Interlocked.CompareExchange(ref _followUp, r.Next(FollowUps.Length), -1);
        return FollowUps[(int)((uint)Interlocked.Increment(ref _followUp) % (uint)FollowUps.Length)];
    }

    /// <summary>The next unused slot, 08:00–17:30 (20 a day): a run never books the same counselor twice at one time.</summary>
    public (DateOnly Date, TimeOnly Time) NextSlot()
    {
        var k = Interlocked.Increment(ref _slot);
        return (FirstFreeDay.AddDays(k / 20), new TimeOnly(8, 0).AddMinutes(30 * (k % 20)));
    }
}

/// <summary>
/// Reads the mixed load's counselors and their cases, follow-ups, workers' ID numbers, unit vacancies and free time
/// from the database before the load (outside the timing), through the app's own EF model and key.
/// </summary>
internal static class MixedPlan
{
    public static async Task<(List<MixedUser> Users, long[] OpenVacancies)> ReadAsync(BenchTarget target, int n, int seed)
    {
        await using var app = AppHost.Build(target, demoData: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var prefix = StaffUsers.UserName(0)[..^1];
        var counselors = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Position == StaffPosition.Counselor && s.IsActive && s.UserId != null && db.Users.Any(u => u.Id == s.UserId && u.UserName!.StartsWith(prefix)))
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.ServiceUnitId }).ToListAsync();
        var random = new Random(seed);
        var tomorrow = AgencyClock.At(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), TimeOnly.MinValue).AddDays(1);
        var unitVacancies = new Dictionary<long, long[]>();
        var users = new List<MixedUser>();
        foreach (var s in counselors.OrderBy(_ => random.Next()))
        {
            var cases = await db.GuidanceCases.AsNoTracking().Where(c => c.CounselorId == s.Id)
                .Select(c => new { c.Id, c.WorkerId, Open = c.Stage != CaseStage.Closed }).ToListAsync();
            var open = cases.Where(c => c.Open).Select(c => (c.Id, c.WorkerId)).ToArray();
            if (open.Length == 0)
                continue;
            var openIds = open.Select(c => c.Id).ToList();
            var followUps = await db.FollowUps.AsNoTracking().Where(f => openIds.Contains(f.CaseId) && f.Status != FollowUpStatus.Cancelled)
                .Select(f => new { f.CaseId, f.Id }).ToListAsync();
            var sample = open.OrderBy(_ => random.Next()).Take(10).Select(c => c.WorkerId).ToList();
            var ciphers = await db.Workers.AsNoTracking().Where(w => sample.Contains(w.Id)).Select(w => w.IdNumber.Cipher).ToListAsync();
            if (!unitVacancies.TryGetValue(s.ServiceUnitId, out var vacancies))
            {
                vacancies = [.. await db.Vacancies.AsNoTracking().Where(v => v.ServiceUnitId == s.ServiceUnitId && v.Status == VacancyStatus.Open)
                    .OrderBy(v => v.Id).Select(v => v.Id).Take(200).ToListAsync()];
                unitVacancies[s.ServiceUnitId] = vacancies;
            }
            var lastBooked = await db.Appointments.AsNoTracking().Where(a => a.CounselorId == s.Id)
                .MaxAsync(a => (DateTimeOffset?)a.EndsAt) ?? tomorrow;
            var firstFree = lastBooked < tomorrow ? tomorrow : lastBooked.AddDays(1);
            users.Add(new MixedUser
            {
                StaffId = s.Id, UserName = StaffUsers.UserName(s.Id), Open = open,
                Closed = [.. cases.Where(c => !c.Open).Select(c => c.Id)],
                FollowUps = [.. followUps.Select(f => (f.CaseId, f.Id))],
                IdNumbers = [.. ciphers.Select(protector.Unprotect)],
                Vacancies = vacancies,
                FirstFreeDay = DateOnly.FromDateTime(firstFree.ToOffset(TimeSpan.FromHours(8)).DateTime),
            });
            if (users.Count == n)
                break;
        }
        var openVacancies = await db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open)
            .OrderBy(v => v.Id).Select(v => v.Id).Take(5_000).ToListAsync();
        return (users, [.. openVacancies]);
    }
}
