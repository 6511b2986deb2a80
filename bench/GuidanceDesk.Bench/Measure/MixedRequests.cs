using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GuidanceDesk.Bench.Generate;

namespace GuidanceDesk.Bench.Measure;

/// <summary>A kind of request of the mixed load, its category (counselor, search, write, public) and its share within it.</summary>
internal sealed record MixedKind(string Name, string Category, double ShareOfCategory);

/// <summary>
/// What each request of the mixed load does. Counselor pages, searches and writes are made as a signed-in generated
/// counselor on their own cases, workers and unit; public pages are anonymous. Every write is one the API must accept
/// (2xx): a record added to an open case of theirs, an appointment booked in a slot nobody holds, a follow-up recorded.
/// </summary>
internal static class MixedRequests
{
    public static readonly MixedKind[] Kinds =
    [
        // Issue 3's mix: one worklist for every four case pages.
        new("worklist", "counselor", 0.2), new("case", "counselor", 0.8),
        new("worker-name", "search", 0.30), new("worker-id", "search", 0.15), new("vacancies", "search", 0.20),
        new("match-worker", "search", 0.20), new("match-vacancy", "search", 0.15),
        new("add-record", "write", 0.5), new("book", "write", 0.3), new("follow-up", "write", 0.2),
        new("public-api", "public", 0.4), new("public-jobs", "public", 0.3), new("public-job", "public", 0.2), new("public-service", "public", 0.1),
    ];

    public static readonly string[] Categories = ["counselor", "search", "write", "public"];

    private static readonly TimeSpan Chongqing = TimeSpan.FromHours(8);
    private static readonly string[] CareerGuidance = ["CareerGuidance"];

    /// <summary>The kinds with their overall weights from the categories' shares (e.g. 60/20/15/5).</summary>
    /// <param name="only">When not empty, just these kinds (by name), each keeping its weight: to measure what one kind
    /// of request costs the server (e.g. <c>--only case</c>).</param>
    public static Weighted<MixedKind> Mix(IReadOnlyDictionary<string, double> categoryShares, IReadOnlyCollection<string> only) =>
        new(Kinds.Where(k => only.Count == 0 || only.Contains(k.Name))
            .Select(k => (k, categoryShares.GetValueOrDefault(k.Category) * k.ShareOfCategory)).Where(x => x.Item2 > 0));

    /// <param name="words">Whether a third of the staff vacancy searches look for a word in titles and employer names
    /// (a scan of every open vacancy: see docs/performance.md, issue 9), or all filter by district or occupation.</param>
    public static HttpRequestMessage Build(MixedKind kind, MixedUser u, long[] openVacancies, bool words, Random r)
    {
        var request = kind.Name switch
        {
            "worklist" => Get("/api/v1/worklist"),
            "case" => Get($"/api/v1/cases/{CaseToRead(u, r)}"),
            "worker-name" => Get("/api/v1/workers?Name=" + Uri.EscapeDataString(NamePrefix(r))),
            "worker-id" => u.IdNumbers.Length == 0 ? Get("/api/v1/workers?Name=" + Uri.EscapeDataString(NamePrefix(r)))
                : Get("/api/v1/workers?IdNumber=" + u.IdNumbers[r.Next(u.IdNumbers.Length)]),
            "vacancies" => Get("/api/v1/vacancies?Status=Open" + VacancyFilter(r, words)),
            "match-worker" => Get($"/api/v1/matching/workers/{u.Open[r.Next(u.Open.Length)].Worker}/vacancies"),
            "match-vacancy" => u.Vacancies.Length == 0 ? Get($"/api/v1/matching/workers/{u.Open[r.Next(u.Open.Length)].Worker}/vacancies")
                : Get($"/api/v1/matching/vacancies/{u.Vacancies[r.Next(u.Vacancies.Length)]}/candidates"),
            "add-record" => AddRecord(u, r),
            "book" => Book(u, r),
            "follow-up" => u.FollowUps.Length == 0 ? AddRecord(u, r) : FollowUp(u, r),
            "public-api" => Get("/api/v1/public/vacancies" + PublicQuery(r)),
            "public-jobs" => Get("/Public/Jobs" + PublicQuery(r)),
            "public-job" => Get($"/Public/Job/{openVacancies[r.Next(openVacancies.Length)]}"),
            "public-service" => Get("/Public/Service"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Name, null),
        };
        if (kind.Category != "public")
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", u.Token);
        return request;
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    /// <summary>80 % open cases, as in issue 3's case-page load.</summary>
    private static long CaseToRead(MixedUser u, Random r) =>
        u.Closed.Length == 0 || r.NextDouble() < 0.8 ? u.Open[r.Next(u.Open.Length)].Case : u.Closed[r.Next(u.Closed.Length)];

    /// <summary>Surname and a first given character, as a counselor types a name (≈1,700 matches city-wide, fewer in a unit).</summary>
    private static string NamePrefix(Random r)
    {
        var chars = r.Next(2) == 0 ? City.MaleChars : City.FemaleChars;
        return City.Surnames.Pick(r) + chars[r.Next(chars.Length)];
    }

    /// <summary>A district 40 %, an occupation group with a pay floor 30 %, a word 30 % (without words: 4 : 3).</summary>
    private static string VacancyFilter(Random r, bool words) => r.Next(words ? 10 : 7) switch
    {
        < 4 => "&District=" + PublicSearchLoad.Districts[r.Next(PublicSearchLoad.Districts.Length)],
        < 7 => string.Create(CultureInfo.InvariantCulture, $"&Occupation={r.Next(1, 9)}&PayAtLeast={r.Next(3, 9) * 1000}"),
        _ => "&Q=" + Uri.EscapeDataString(PublicSearchLoad.Words[r.Next(PublicSearchLoad.Words.Length)]),
    };

    private static string PublicQuery(Random r)
    {
        var word = Uri.EscapeDataString(PublicSearchLoad.Words[r.Next(PublicSearchLoad.Words.Length)]);
        var district = PublicSearchLoad.Districts[r.Next(PublicSearchLoad.Districts.Length)];
        return r.Next(10) switch
        {
            < 4 => $"?Q={word}",
            < 7 => $"?District={district}",
            < 9 => $"?Q={word}&District={district}",
            _ => string.Create(CultureInfo.InvariantCulture, $"?Occupation={r.Next(1, 9)}&PayAtLeast={r.Next(3, 9) * 1000}"),
        };
    }

    /// <summary>A session given earlier today (Chongqing time), recorded on one of their open cases.</summary>
    private static HttpRequestMessage AddRecord(MixedUser u, Random r)
    {
        var at = DateTimeOffset.UtcNow.ToOffset(Chongqing).AddMinutes(-r.Next(5, 180));
        return Post($"/api/v1/cases/{u.Open[r.Next(u.Open.Length)].Case}/records", new
        {
            kind = "Guidance", date = DateOnly.FromDateTime(at.DateTime), time = new TimeOnly(at.Hour, at.Minute),
            durationMinutes = 30, channel = r.Next(3) == 0 ? "Online" : "Offline", serviceItems = CareerGuidance,
            content = "压测：职业指导面谈，梳理求职方向与简历。", nextSteps = "一周后电话跟进",
        });
    }

    /// <summary>An appointment with the worker of one of their open cases, in the counselor's next free slot.</summary>
    private static HttpRequestMessage Book(MixedUser u, Random r)
    {
        var (date, time) = u.NextSlot();
        return Post("/api/v1/appointments", new
        {
            workerId = u.Open[r.Next(u.Open.Length)].Worker, counselorId = u.StaffId, date, time, minutes = 30,
            purposes = CareerGuidance, channel = "Offline", source = "Phone",
        });
    }

    private static HttpRequestMessage FollowUp(MixedUser u, Random r)
    {
        var (caseId, followUp) = u.NextFollowUp(r);
        return Post($"/api/v1/cases/{caseId}/follow-ups/{followUp}", new
        {
            channel = "Online", whatWasDone = "压测：电话跟进，了解求职进展。", reportedStatus = (string?)null,
        });
    }

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
}
