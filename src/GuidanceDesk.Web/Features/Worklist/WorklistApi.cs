using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Worklist;

public sealed record SaveFilterRequest([property: Required(ErrorMessage = "请填写筛选名称"), StringLength(50)] string Name,
    [property: StringLength(500)] string? Query);

/// <summary><c>/api/v1/worklist</c>: the counselor's (or the unit's) worklist and the user's saved filters.</summary>
public static class WorklistApi
{
    public static RouteGroupBuilder MapWorklistApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/worklist").WithTags("Worklist").RequireAuthorization(Policies.CaseWork);
        g.MapGet("/", async ([AsParameters] WorklistFilter f, WorklistQueries q, CancellationToken ct) => TypedResults.Ok(await q.GetAsync(f, ct)));
        g.MapPost("/filters", async (SaveFilterRequest r, SavedFilters filters, CancellationToken ct) =>
            TypedResults.Ok(await filters.SaveAsync(r.Name, r.Query ?? "", ct))).Validates<SaveFilterRequest>();
        g.MapDelete("/filters/{id:long}", async (long id, SavedFilters filters, CancellationToken ct) =>
        {
            await filters.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        });
        return g;
    }
}

/// <summary>A user's named worklist filters; names are unique per user.</summary>
public sealed class SavedFilters(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<SavedFilterView> SaveAsync(string name, string query, CancellationToken ct)
    {
        var userId = user.UserId!;
        var query2 = query.TrimStart('?');
        var existing = await db.SavedFilters.Where(f => f.UserId == userId).ToListAsync(ct);
        if (existing.Exists(f => f.Name == name.Trim()))
            throw new ConflictException("已有同名筛选", nameof(SaveFilterRequest.Name));
        if (existing.Count >= SavedFilter.MaxPerUser)
            throw new DomainRuleException($"最多保存{SavedFilter.MaxPerUser}个筛选", nameof(SaveFilterRequest.Name));
        var filter = new SavedFilter(userId, name, query2, time.GetUtcNow());
        db.SavedFilters.Add(filter);
        await db.SaveChangesAsync(ct);
        return new SavedFilterView(filter.Id, filter.Name, filter.Query);
    }

    public async Task DeleteAsync(long id, CancellationToken ct)
    {
        var deleted = await db.SavedFilters.Where(f => f.Id == id && f.UserId == user.UserId).ExecuteDeleteAsync(ct);
        if (deleted == 0)
            throw new NotFoundException();
    }
}
