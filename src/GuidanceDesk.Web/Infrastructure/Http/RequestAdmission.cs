using System.Threading.RateLimiting;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using Npgsql;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>Settings of the request queue (section <c>Requests</c>).</summary>
public sealed class RequestAdmissionOptions
{
    public const string Section = "Requests";

    /// <summary>
    /// Requests handled at once; later ones wait their turn in arrival order. Unset: the database connection pool's size
    /// (<see cref="RequestAdmission.DefaultConcurrency"/>). 0 turns the queue off.
    /// </summary>
    public int? MaxConcurrent { get; set; }

    /// <summary>Requests that may wait; one more is answered 503 at once (the proxy or the client tries again).</summary>
    public int QueueLimit { get; set; } = 2000;
}

/// <summary>
/// Admission control: at most <see cref="RequestAdmissionOptions.MaxConcurrent"/> requests are handled at once, the rest wait
/// in arrival order before any work is done for them. Without it, a burst put every request in flight at once; each of a
/// request's statements then queued again for one of the pool's connections behind all the others, so every request took
/// as many turns as it has statements, and the wake-ups of that hand-over cost more CPU than the queries (on PostgreSQL at
/// 500 arrivals a second: 483 requests/s with p95 3 s without the queue, 500 with p95 83 ms with it; docs/performance.md).
/// Health checks and the error page never wait.
/// </summary>
public static class RequestAdmission
{
    public const string BusyTitle = "系统繁忙，请稍后重试";

    /// <summary>The connection pool's size for PostgreSQL (the connection string's, or the app's default); the same for SQLite.</summary>
    public static int DefaultConcurrency(IConfiguration configuration) =>
        DatabaseSetup.ProviderFrom(configuration) == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(DatabaseSetup.ConnectionString(configuration, ".")).MaxPoolSize
            : DatabaseSetup.DefaultMaxPoolSize;

    public static PartitionedRateLimiter<HttpContext>? Create(RequestAdmissionOptions options, int defaultConcurrency)
    {
        var permits = options.MaxConcurrent ?? defaultConcurrency;
        if (permits <= 0)
            return null;
        var queue = new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = Math.Max(0, options.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        return PartitionedRateLimiter.Create<HttpContext, string>(ctx => Waits(ctx)
            ? RateLimitPartition.GetConcurrencyLimiter("requests", _ => queue)
            : RateLimitPartition.GetNoLimiter("exempt"));
    }

    private static bool Waits(HttpContext ctx) =>
        !ctx.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !ctx.Request.Path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A refusal by a rate limit (it says when to come back) stays a 429; a full queue is a 503 with a short Retry-After:
    /// the service is busy, not the caller at fault. The API answers problem details in Chinese; a page shows the error page.
    /// </summary>
    public static async ValueTask OnRejected(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "1";
        if (SecuritySetup.IsApi(http))
            await Results.Problem(title: BusyTitle, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
    }
}
