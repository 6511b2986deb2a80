using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>
/// The largest JSON body an API endpoint reads: 1 MB, ample for the longest form (a policy's 50,000-character full
/// text) — the server's own limit (30 MB in Kestrel) is meant for uploads, which stream their bodies and keep their own
/// limits. An endpoint can set another with <c>RequestSizeLimit</c>. A larger body is a 413 problem before anything
/// is parsed, announced (Content-Length) or not (the body stops being read at the limit), on any server.
/// </summary>
public sealed class JsonBodyLimit(RequestDelegate next, IProblemDetailsService problems)
{
    public const long DefaultMaxBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (Limit(context.GetEndpoint()) is not { } max)
        {
            await next(context);
            return;
        }
        if (context.Request.ContentLength > max)
        {
            await TooLargeAsync(context);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = max;
        var limited = new LimitedStream(context.Request.Body, max);
        context.Request.Body = limited;
        await next(context);
        // The JSON reader gives up on the stream's error (as on a dropped connection); the answer is the 413.
        if (limited.Exceeded && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await TooLargeAsync(context);
        }
    }

    /// <summary>The endpoint's own limit, else the JSON limit for endpoints that take a JSON body; null: not limited here.</summary>
    private static long? Limit(Endpoint? endpoint)
    {
        if (endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own)
            return own.MaxRequestBodySize;
        return endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
            && accepts.ContentTypes.Any(c => c.Contains("json", StringComparison.OrdinalIgnoreCase)) ? DefaultMaxBytes : null;
    }

    private Task TooLargeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "请求内容过大", Type = "https://tools.ietf.org/html/rfc9110#section-15.5.14" },
        }).AsTask();
    }

    /// <summary>Reads through to the request body and fails once more than the limit has come.</summary>
    private sealed class LimitedStream(Stream inner, long max) : Stream
    {
        private long _read;

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int n)
        {
            _read += n;
            if (_read > max)
            {
                Exceeded = true;
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
