using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Audit;

public sealed record AuditSearch(string? EntityType = null, string? EntityId = null, string? UserName = null, AuditAction? Action = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = 50);

public sealed record AuditItem(long Id, DateTimeOffset At, string? UserName, long? ServiceUnitId, AuditAction Action,
    string EntityType, string? EntityId, string? Fields, string? IpAddress);

/// <summary>The head browses the audit log of their unit (city-level heads: all units), newest first.</summary>
public sealed class AuditQueries(AppDbContext db, CurrentUser user)
{
    public async Task<PagedResult<AuditItem>> SearchAsync(AuditSearch s, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!user.IsCityLevel)
            query = query.Where(a => a.ServiceUnitId == user.ServiceUnitId);
        if (!string.IsNullOrWhiteSpace(s.EntityType))
            query = query.Where(a => a.EntityType == s.EntityType);
        if (!string.IsNullOrWhiteSpace(s.EntityId))
            query = query.Where(a => a.EntityId == s.EntityId || (a.Action == AuditAction.Search && ("," + a.EntityId + ",").Contains("," + s.EntityId + ",")));
        if (!string.IsNullOrWhiteSpace(s.UserName))
            query = query.Where(a => a.UserName == s.UserName);
        if (s.Action is { } action)
            query = query.Where(a => a.Action == action);
        if (s.From is { } from)
            query = query.Where(a => a.At >= from);
        if (s.To is { } to)
            query = query.Where(a => a.At < to);
        var page = new PageRequest(s.Page, s.PageSize);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(a => new AuditItem(a.Id, a.At, a.UserName, a.ServiceUnitId, a.Action, a.EntityType, a.EntityId, a.Fields, a.IpAddress))
            .ToListAsync(ct);
        return new PagedResult<AuditItem>(items, page.SafePage, page.SafePageSize, total);
    }
}

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.AuditLog);
        group.MapGet("/", async ([AsParameters] AuditSearch search, AuditQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.SearchAsync(search, ct)));
        return group;
    }
}
