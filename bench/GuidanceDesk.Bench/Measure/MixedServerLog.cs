using System.Diagnostics;
using System.Globalization;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// The app's own time per request of the mixed load, from its log with GuidanceDesk.Requests (query values starred) at
/// Information ("Request finished HTTP/1.1 GET http://…/api/v1/worklist - 200 6511 application/json 12.3456ms"):
/// what the server spent, without the client's share of the two cores or its queueing. Each line is put in the kind
/// its method and path belong to (so a fallback request, e.g. a name search for a counselor without ID numbers,
/// counts as what it was).
/// </summary>
internal static class MixedServerLog
{
    public static MixedRecorder Read(string log, long from)
    {
        var recorder = new MixedRecorder();
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var at = line.IndexOf("Request finished ", StringComparison.Ordinal);
            if (at < 0 || !line.EndsWith("ms", StringComparison.Ordinal))
                continue;
            var parts = line[(at + "Request finished ".Length)..].Split(' ');
            if (parts.Length < 6 || !Uri.TryCreate(parts[2], UriKind.Absolute, out var url) || KindOf(parts[1], url) is not { } kind)
                continue;
            var ms = double.Parse(parts[^1][..^2], CultureInfo.InvariantCulture);
            var status = int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
            recorder.Add(kind, (long)(ms * Stopwatch.Frequency / 1000), status is >= 200 and < 300 ? null : parts[4], null);
        }
        return recorder;
    }

    private static string? KindOf(string method, Uri url)
    {
        var path = url.AbsolutePath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (method, segments) switch
        {
            ("GET", ["api", "v1", "worklist"]) => "worklist",
            ("GET", ["api", "v1", "cases", _]) => "case",
            ("POST", ["api", "v1", "cases", _, "records"]) => "add-record",
            ("POST", ["api", "v1", "cases", _, "follow-ups", _]) => "follow-up",
            ("POST", ["api", "v1", "appointments"]) => "book",
            ("GET", ["api", "v1", "workers"]) => url.Query.Contains("IdNumber=", StringComparison.Ordinal) ? "worker-id" : "worker-name",
            ("GET", ["api", "v1", "vacancies"]) => "vacancies",
            ("GET", ["api", "v1", "matching", "workers", _, "vacancies"]) => "match-worker",
            ("GET", ["api", "v1", "matching", "vacancies", _, "candidates"]) => "match-vacancy",
            ("GET", ["api", "v1", "public", "vacancies"]) => "public-api",
            ("GET", ["Public", "Jobs"]) => "public-jobs",
            ("GET", ["Public", "Job", _]) => "public-job",
            ("GET", ["Public", "Service"]) => "public-service",
            _ => null,
        };
    }
}
