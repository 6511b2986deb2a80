using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>
/// Honours <c>Idempotency-Key</c> on creating POSTs: the first request with a key runs and its answer is stored; a retry
/// with the same key and body gets that answer again (nothing is created twice), a retry with another body gets 422,
/// and one that arrives while the first still runs gets 409. A failed first attempt (4xx) frees the key.
/// </summary>
public sealed class IdempotencyFilter(AppDbContext db, CurrentUser user, TimeProvider clock) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key) || user.UserId is not { } userId)
            return await next(context);
        if (key.Length > 100)
            return TypedResults.Problem(title: "Idempotency-Key 过长（最多100个字符）", statusCode: 400);

        var hash = HashArguments(context);
        var existing = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key);
        if (existing is not null)
            return Replay(existing, hash);

        var record = new IdempotencyRecord { UserId = userId, Key = key, RequestHash = hash, CreatedAt = clock.GetUtcNow() };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(title: "相同 Idempotency-Key 的请求正在处理", statusCode: StatusCodes.Status409Conflict);
        }
        db.ChangeTracker.Clear();

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await Forget(record.Id);
            throw;
        }
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? 200;
        if (status >= 400)
        {
            await Forget(record.Id);
            return result;
        }
        db.ChangeTracker.Clear();
        var location = LocationOf(result);
        var body = Serialize((result as IValueHttpResult)?.Value);
        await db.IdempotencyRecords.Where(r => r.Id == record.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, status)
            .SetProperty(r => r.Location, location)
            .SetProperty(r => r.ResponseBody, body));
        return result;
    }

    private static IResult Replay(IdempotencyRecord existing, string hash)
    {
        if (!string.Equals(existing.RequestHash, hash, StringComparison.Ordinal))
            return TypedResults.Problem(title: "该 Idempotency-Key 已用于另一内容的请求", statusCode: StatusCodes.Status422UnprocessableEntity);
        if (existing.StatusCode is not { } status)
            return TypedResults.Problem(title: "相同 Idempotency-Key 的请求正在处理", statusCode: StatusCodes.Status409Conflict);
        return new ReplayResult(status, existing.Location, existing.ResponseBody);
    }

    private Task<int> Forget(long id) => db.IdempotencyRecords.Where(r => r.Id == id).ExecuteDeleteAsync();

    private static string? LocationOf(object? result) =>
        result?.GetType().GetProperty("Location")?.GetValue(result) as string;

    private static string? Serialize(object? value) =>
        value is null ? null : JsonSerializer.Serialize(value, value.GetType(), JsonSerializerOptions.Web);

    private static string HashArguments(EndpointFilterInvocationContext context)
    {
        var body = context.Arguments.Where(a => a is not null && a.GetType().Namespace?.StartsWith("GuidanceDesk", StringComparison.Ordinal) == true)
            .Select(a => JsonSerializer.Serialize(a, a!.GetType(), JsonSerializerOptions.Web));
        var text = context.HttpContext.Request.Path + "\n" + string.Join('\n', body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private sealed class ReplayResult(int status, string? location, string? body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (location is not null)
                httpContext.Response.Headers.Location = location;
            if (body is not null)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(body);
            }
        }
    }
}

public static class IdempotencyExtensions
{
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter>();
}
