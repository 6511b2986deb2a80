using System.Threading.RateLimiting;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>Settings of request admission (section <c>Requests</c>).</summary>
public sealed class RequestAdmissionOptions
{
    public const string Section = "Requests";

    /// <summary>
    /// Requests worked on at once; later ones wait their turn in arrival order. Unset: the database connection pool's size
    /// (<see cref="RequestAdmission.DefaultConcurrency"/>). 0 turns admission off.
    /// </summary>
    public int? MaxConcurrent { get; set; }

    /// <summary>Requests that may wait; one more is answered 503 at once (the proxy or the client tries again).</summary>
    public int QueueLimit { get; set; } = 2000;
}

/// <summary>
/// Admission control: at most <see cref="RequestAdmissionOptions.MaxConcurrent"/> requests are worked on at once, the rest
/// wait in arrival order before any work is done for them. Without it, a burst put every request in flight at once; each
/// of a request's statements then queued again for one of the pool's connections behind all the others, so a request took
/// as many turns as it has statements, and the wake-ups of those hand-overs cost more CPU than the queries (PostgreSQL, 500
/// arrivals a second: 483 requests/s with p95 3 s without admission, 495–500 with p95 0.08–0.92 s with it; docs/performance.md).
/// A turn covers the work, not the transfer: it ends when the answer starts (a download to a slow phone holds none), and
/// uploads (files of up to 2 GB of recording) never wait, nor do health checks and the error page.
/// </summary>
public sealed class RequestAdmission : IDisposable
{
    public const string BusyTitle = "系统繁忙，请稍后重试";

    public RequestAdmission(IOptions<RequestAdmissionOptions> options, IConfiguration configuration)
    {
        var permits = options.Value.MaxConcurrent ?? DefaultConcurrency(configuration);
        if (permits > 0)
            Limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = permits,
                QueueLimit = Math.Max(0, options.Value.QueueLimit),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
    }

    /// <summary>Null when admission is off.</summary>
    public ConcurrencyLimiter? Limiter { get; }

    /// <summary>The connection pool's size for PostgreSQL (the connection string's, or the app's default); the same for SQLite.</summary>
    public static int DefaultConcurrency(IConfiguration configuration) =>
        DatabaseSetup.ProviderFrom(configuration) == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(DatabaseSetup.ConnectionString(configuration, ".")).MaxPoolSize
            : DatabaseSetup.DefaultMaxPoolSize;

    public static bool Waits(HttpRequest request) =>
        !request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase)
        && !IsUpload(request);

    /// <summary>
    /// A file on its way in, which arrives as fast as the sender's line allows: a body larger than any JSON request may be,
    /// or one that is neither JSON nor a plain form (multipart forms, and the API's raw file bodies such as application/pdf).
    /// </summary>
    private static bool IsUpload(HttpRequest request) =>
        request.ContentLength > JsonBodyLimit.DefaultMaxBytes
        || request.ContentType is { } type
            && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && !type.Contains("+json", StringComparison.OrdinalIgnoreCase);

    public void Dispose() => Limiter?.Dispose();
}

/// <summary>Takes a turn from <see cref="RequestAdmission"/> for each request, or answers 503 when too many wait.</summary>
public sealed class RequestAdmissionMiddleware(RequestDelegate next, RequestAdmission admission)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (admission.Limiter is not { } limiter || !RequestAdmission.Waits(context.Request))
        {
            await next(context);
            return;
        }
        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(1, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the caller gave up while waiting: nothing was done for it
        }
        using var turn = new Turn(lease);
        if (!lease.IsAcquired)
        {
            await BusyAsync(context);
            return;
        }
        context.Response.OnStarting(() =>
        {
            turn.Dispose();
            return Task.CompletedTask;
        });
        await next(context);
    }

    /// <summary>503 with a short Retry-After: the service is busy, the caller is not at fault. Pages show the error page.</summary>
    private static async Task BusyAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        if (SecuritySetup.IsApi(context))
            await Results.Problem(title: RequestAdmission.BusyTitle, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
    }

    /// <summary>A lease released once, whichever comes first: the answer starting or the request ending.</summary>
    private sealed class Turn(RateLimitLease lease) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                lease.Dispose();
        }
    }
}
