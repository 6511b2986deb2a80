using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>What keeps a worker's record: an open case, and the archive's retention dates (7.2.1); and when it was last used.</summary>
/// <param name="RetainedUntil">The last day an item of the worker's archive must be kept; null when nothing is kept.</param>
public sealed record RetentionState(bool HasOpenCase, DateOnly? RetainedUntil, DateTimeOffset LastActivity)
{
    /// <summary>The first day the record may be anonymised: the day after the archive's retention, today at the earliest; null while a case is open.</summary>
    public DateOnly? ErasableOn(DateOnly today) => HasOpenCase ? null
        : RetainedUntil is { } kept && kept >= today ? kept.AddDays(1) : today;
}

/// <summary>
/// Works out when a worker's record may be anonymised. An archive item's retention date is set when its case closes
/// (ArchiveRetentionJob); an item of a closed case not yet dated, or one filed without a case, is dated here the same
/// way (the kind's years from the case's closing, or from filing), so that nothing is erased before its term.
/// </summary>
public sealed class RetentionCheck(AppDbContext db)
{
    public async Task<RetentionState> ForWorkerAsync(long workerId, CancellationToken ct)
    {
        var open = await db.GuidanceCases.AnyAsync(c => c.WorkerId == workerId && c.Stage != CaseStage.Closed, ct);
        var years = await db.ArchiveRetentionRules.ToDictionaryAsync(r => r.Kind, r => r.Years, ct);
        var items = await db.ArchiveItems.Where(i => i.WorkerId == workerId && i.DisposedAt == null)
            .Select(i => new
            {
                i.Kind, i.RetainUntil, i.CreatedAt,
                ClosedAt = db.GuidanceCases.Where(c => c.Id == i.CaseId).Select(c => c.ClosedAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        DateOnly? kept = null;
        foreach (var i in items)
        {
            var until = i.RetainUntil ?? LocalDay(i.ClosedAt ?? i.CreatedAt).AddYears(years.GetValueOrDefault(i.Kind, 10));
            if (kept is null || until > kept)
                kept = until;
        }
        return new RetentionState(open, kept, await LastActivityAsync(workerId, ct));
    }

    /// <summary>The retention date an undated item gets when the record is anonymised (the same rule as above).</summary>
    public static DateOnly RetentionOf(ArchiveItem item, DateTimeOffset? caseClosedAt, IReadOnlyDictionary<ArchiveKind, int> years) =>
        item.RetainUntil ?? LocalDay(caseClosedAt ?? item.CreatedAt).AddYears(years.GetValueOrDefault(item.Kind, 10));

    /// <summary>The last time anyone worked with the record: an edit, a case, a guidance record, an appointment.</summary>
    public async Task<DateTimeOffset> LastActivityAsync(long workerId, CancellationToken ct)
    {
        var worker = await db.Workers.Where(w => w.Id == workerId).Select(w => w.UpdatedAt).FirstAsync(ct);
        var times = new[]
        {
            worker,
            // Latest by ordering, not MAX(): the instants are stored converted, and ordering is what both providers translate.
            await db.GuidanceCases.Where(c => c.WorkerId == workerId).OrderByDescending(c => c.LastActivityAt)
                .Select(c => (DateTimeOffset?)c.LastActivityAt).FirstOrDefaultAsync(ct) ?? worker,
            await db.GuidanceRecords.Where(r => r.WorkerId == workerId).OrderByDescending(r => r.OccurredAt)
                .Select(r => (DateTimeOffset?)r.OccurredAt).FirstOrDefaultAsync(ct) ?? worker,
            await db.Appointments.Where(a => a.WorkerId == workerId).OrderByDescending(a => a.StartsAt)
                .Select(a => (DateTimeOffset?)a.StartsAt).FirstOrDefaultAsync(ct) ?? worker,
        };
        return times.Max();
    }

    private static DateOnly LocalDay(DateTimeOffset t) => DateOnly.FromDateTime(AgencyClock.ToLocal(t).DateTime);
}
