using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

public sealed record ExpiryResult(int Expired, int ReviewsOpened, int Completed);

/// <summary>
/// The nightly scan of 6.1.6: every active plan whose period has ended is closed. If the worker is still not employed
/// the case enters plan review (problems analysed together, a new plan, re-guidance); if they are, the plan counts
/// as completed and the counselor closes the case with its outcome. Runs in batches, one transaction per batch.
/// </summary>
public sealed class PlanExpiry(AppDbContext db, AgencyClock clock, TimeProvider time)
{
    public const int BatchSize = 500;
    public static readonly Actor System = new("system", "系统");

    public async Task<ExpiryResult> RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        int expired = 0, reviews = 0, completed = 0;
        while (true)
        {
            var plans = await db.EmploymentPlans.Where(p => p.Status == PlanStatus.Active && p.PeriodEnd < today)
                .OrderBy(p => p.Id).Take(BatchSize).ToListAsync(ct);
            if (plans.Count == 0)
                break;
            var caseIds = plans.Select(p => p.CaseId).ToList();
            var cases = await db.GuidanceCases.Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
            var workerIds = plans.Select(p => p.WorkerId).ToList();
            var employed = (await db.Workers.Where(w => workerIds.Contains(w.Id) && w.EmploymentStatus == EmploymentStatus.Employed)
                .Select(w => w.Id).ToListAsync(ct)).ToHashSet();
            var now = time.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var plan in plans)
            {
                var c = cases[plan.CaseId];
                if (employed.Contains(plan.WorkerId))
                {
                    plan.Complete(now);
                    completed++;
                    continue;
                }
                plan.Expire(now);
                expired++;
                if (c.Stage == CaseStage.FollowUp)
                {
                    c.OpenPlanReview(System, $"第{plan.Sequence}份就业计划已于{plan.PeriodEnd:yyyy-MM-dd}到期，劳动者尚未就业（6.1.6）", now);
                    reviews++;
                }
            }
            var planIds = plans.Select(p => p.Id).ToList();
            await db.FollowUps.Where(f => planIds.Contains(f.PlanId) && f.Status == FollowUpStatus.Scheduled)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FollowUpStatus.Cancelled), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        return new ExpiryResult(expired, reviews, completed);
    }
}
