using System.Diagnostics;
using System.Text;

namespace GuidanceDesk.Web.Infrastructure.Logging;

/// <summary>
/// One line per request at Information in the category <c>GuidanceDesk.Requests</c> (off by default; operators and the
/// load bench turn it on): method, path, the names of the query parameters with their values replaced by <c>*</c>,
/// status, content type and time. It replaces ASP.NET Core's hosting diagnostics, which print the whole URL: a user who
/// types an ID or phone number into a search field that is sent in the query string would put it in the log
/// (<see cref="PersonalDataLogFilter"/> keeps those off). The line has the hosting diagnostics' shape
/// ("Request finished HTTP/1.1 GET http://… - 200 - application/json 12.34ms"), which the bench reads.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "GuidanceDesk.Requests";

    // A category of its own (not the class name), so that one setting turns it on or off.
    private readonly ILogger log = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!log.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{RedactedQuery(request.Query)}";
            Finished(log, request.Protocol, request.Method, url, context.Response.StatusCode, context.Response.ContentType ?? "-",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>"?IdNumber=*&amp;Page=*": which parameters were sent, never what they held.</summary>
    public static string RedactedQuery(IQueryCollection query)
    {
        if (query.Count == 0)
            return "";
        var text = new StringBuilder();
        foreach (var key in query.Keys)
            text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key.Length > 40 ? key[..40] : key)).Append("=*");
        return text.ToString();
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Request finished {Protocol} {Method} {Url} - {StatusCode} - {ContentType} {ElapsedMilliseconds}ms")]
    private static partial void Finished(ILogger logger, string protocol, string method, string url, int statusCode, string contentType,
        double elapsedMilliseconds);
}
