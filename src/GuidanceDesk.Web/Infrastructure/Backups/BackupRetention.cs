using System.Globalization;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>
/// Grandfather-father-son retention: the newest backup of each of the last <c>KeepDaily</c> days that have one, of
/// each of the last <c>KeepWeekly</c> ISO weeks, and of each of the last <c>KeepMonthly</c> months (agency time).
/// The newest backup is always kept, whatever the counts say.
/// </summary>
public static class BackupRetention
{
    public static IReadOnlySet<long> Keep(IEnumerable<(long Id, DateTimeOffset TakenAt)> backups, BackupOptions options)
    {
        var newestFirst = backups.OrderByDescending(b => b.TakenAt).ThenByDescending(b => b.Id)
            .Select(b => (b.Id, Local: AgencyClock.ToLocal(b.TakenAt).DateTime)).ToList();
        var keep = new HashSet<long>();
        if (newestFirst.Count > 0)
            keep.Add(newestFirst[0].Id);
        KeepNewestPer(newestFirst, b => b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), options.KeepDaily, keep);
        KeepNewestPer(newestFirst, b => $"{ISOWeek.GetYear(b)}-W{ISOWeek.GetWeekOfYear(b)}", options.KeepWeekly, keep);
        KeepNewestPer(newestFirst, b => b.ToString("yyyy-MM", CultureInfo.InvariantCulture), options.KeepMonthly, keep);
        return keep;
    }

    private static void KeepNewestPer(List<(long Id, DateTime Local)> newestFirst, Func<DateTime, string> period, int count, HashSet<long> keep)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, local) in newestFirst)
        {
            if (seen.Count >= count && !seen.Contains(period(local)))
                break;
            if (seen.Add(period(local)))
                keep.Add(id);
        }
    }
}
