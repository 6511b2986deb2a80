using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Jobs;

/// <summary>
/// Database leases: of several instances on one database, the one holding a job's lease runs the job. Taking a lease
/// is one conditional UPDATE (free, expired, or already mine), so two instances can never both succeed; the first
/// lease of a job is an insert that ignores a conflict, so of two first inserts one wins. Time is this instance's
/// clock: instances must keep their clocks in step (NTP) to well within the lease duration.
/// </summary>
public sealed class JobLeases(AppDbContext db, AppInstance instance, TimeProvider clock)
{
    public string Holder => instance.Id;

    /// <summary>Takes the lease until now + <paramref name="duration"/>, or renews it if this instance holds it.</summary>
    /// <returns>False when another instance holds an unexpired lease.</returns>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        var me = instance.Id;
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.LeasedUntil <= now || l.Holder == me))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, me).SetProperty(l => l.LeasedUntil, until), ct);
        if (taken == 1)
            return true;
        // Either held by someone else (the insert then conflicts) or the job's first lease anywhere.
        return await db.InsertIfAbsentAsync(new JobLease(name, me, until), ct);
    }

    /// <summary>Frees the lease now (anybody may take it from this moment), if this instance holds it.</summary>
    public Task<bool> ReleaseAsync(string name, CancellationToken ct = default) => ReleaseAsync(name, null, ct);

    /// <summary>
    /// Frees the lease (not before <see cref="JobRunRecord.HoldUntil"/>) and records the run, if this instance still
    /// holds it. A lease lost mid-run records nothing: the new holder's run will.
    /// </summary>
    public async Task<bool> ReleaseAsync(string name, JobRunRecord? run, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var me = instance.Id;
        var until = run is not null && run.HoldUntil > now ? run.HoldUntil : now;
        var mine = db.JobLeases.Where(l => l.Name == name && l.Holder == me);
        var released = run is null
            ? await mine.ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, until), ct)
            : await mine.ExecuteUpdateAsync(s => s
                .SetProperty(l => l.LeasedUntil, until)
                .SetProperty(l => l.LastRunAt, run.StartedAt)
                .SetProperty(l => l.LastResult, JobLease.ShortResult(run.Result)), ct);
        return released == 1;
    }
}

/// <summary>What a finished run leaves on its lease: when it started, how it ended, and how long the lease stays taken.</summary>
public sealed record JobRunRecord(DateTimeOffset StartedAt, string Result, DateTimeOffset HoldUntil);
