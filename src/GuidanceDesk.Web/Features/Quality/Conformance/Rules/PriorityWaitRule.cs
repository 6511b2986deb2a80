using GuidanceDesk.Web.Features.Common;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>
/// 7.1.11: employment-assistance targets are served first — their median wait from booking to the appointment is no
/// longer than everyone else's. Medians are not portable SQL, so the two timestamps of the period's attended
/// appointments are read (a unit-year is some ten thousand rows).
/// </summary>
public sealed class PriorityWaitRule(AppDbContext db) : IConformanceRule
{
    public string Key => "priority-wait";
    public string Clause => "7.1.11";
    public string Title => "就业援助对象优先服务（等待时间中位数）";
    public int Order => 719;

    private IQueryable<Appointment> Attended(ConformanceScope s) => db.Appointments.AsNoTracking().InUnit(s.UnitId)
        .Where(a => a.Status == AppointmentStatus.Attended && a.StartsAt >= s.Period.Start && a.StartsAt < s.Period.End);

    public async Task<ConformanceRow> EvaluateAsync(ConformanceScope scope, CancellationToken ct)
    {
        var rows = await Attended(scope).Select(a => new { a.IsPriority, a.CreatedAt, a.StartsAt }).ToListAsync(ct);
        var priority = rows.Where(r => r.IsPriority).Select(r => Hours(r.CreatedAt, r.StartsAt)).ToList();
        var others = rows.Where(r => !r.IsPriority).Select(r => Hours(r.CreatedAt, r.StartsAt)).ToList();
        const string target = "援助对象中位等待 ≤ 其他劳动者（超出 25% 以内为警示）";
        if (priority.Count == 0 || others.Count == 0)
            return new ConformanceRow(Key, Clause, Title, priority.Count == 0 ? "期间内无援助对象预约" : "期间内无其他预约可比",
                null, target, ConformanceLevel.NoData, rows.Count, 0, null);
        var p = Median(priority);
        var o = Median(others);
        var level = p <= o ? ConformanceLevel.Pass : p <= o * 1.25 ? ConformanceLevel.Warn : ConformanceLevel.Fail;
        var late = priority.Count(h => h > o);
        return new ConformanceRow(Key, Clause, Title, $"援助对象 {Days(p)}（{priority.Count} 次），其他 {Days(o)}（{others.Count} 次）",
            Math.Round(p / 24, 2), target, level, priority.Count, late, "等待时间 = 预约登记至服务开始");
    }

    public async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var rows = await Attended(scope).Where(a => a.IsPriority)
            .Select(a => new { a.Id, a.CaseId, a.WorkerId, a.CreatedAt, a.StartsAt }).ToListAsync(ct);
        var others = await Attended(scope).Where(a => !a.IsPriority).Select(a => new { a.CreatedAt, a.StartsAt }).ToListAsync(ct);
        var median = others.Count == 0 ? double.MaxValue : Median([.. others.Select(r => Hours(r.CreatedAt, r.StartsAt))]);
        return [.. rows.Select(a => (a, wait: Hours(a.CreatedAt, a.StartsAt))).OrderByDescending(x => x.wait).Take(limit)
            .Select(x => new DrillRow("预约 #" + x.a.Id.ToString(CultureInfo.InvariantCulture), x.a.CaseId is { } c ? $"/Cases/Details/{c}" : null,
                "等待 " + Days(x.wait), x.a.StartsAt, x.a.WorkerId, x.wait > median))];
    }

    private static double Hours(DateTimeOffset booked, DateTimeOffset starts) => Math.Max(0, (starts - booked).TotalHours);

    public static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static string Days(double hours) => (hours / 24).ToString("0.0", CultureInfo.InvariantCulture) + " 天";
}
