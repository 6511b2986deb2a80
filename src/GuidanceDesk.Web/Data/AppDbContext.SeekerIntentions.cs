using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

public abstract partial class AppDbContext
{
    /// <summary>
    /// Brings the <see cref="SeekerIntention"/> rows of the workers being saved in line with them, in the same save
    /// (one transaction): rows are updated in place by position so that the unique (worker, position) index never
    /// sees a delete and an insert of the same key in one batch.
    /// </summary>
    private async Task SyncSeekerIntentionsAsync(List<Worker> workers, CancellationToken ct)
    {
        var existingIds = workers.Where(w => Entry(w).State != EntityState.Added).Select(w => w.Id).ToList();
        var current = existingIds.Count == 0 ? [] : await SeekerIntentions.Where(s => existingIds.Contains(s.WorkerId)).ToListAsync(ct);
        var byWorker = current.ToLookup(s => s.WorkerId);
        foreach (var worker in workers)
        {
            if (Entry(worker).State == EntityState.Deleted)
                continue;
            var fresh = SeekerIntention.From(worker, worker.UpdatedAt).ToList();
            var old = Entry(worker).State == EntityState.Added ? [] : byWorker[worker.Id].ToDictionary(s => s.Ordinal);
            foreach (var row in fresh)
            {
                if (old.Remove(row.Ordinal, out var existing))
                    existing.CopyFrom(row);
                else
                    SeekerIntentions.Add(row);
            }
            SeekerIntentions.RemoveRange(old.Values);
        }
    }
}
