using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// Sends one hostile request and judges the answer by clause 4.4d: never a 5xx; a refusal is a 4xx problem+json with
/// no internals in it (no stack trace, no SQL); where the case must be refused, a 2xx is a failure; and a refused
/// request wrote nothing (no INSERT, UPDATE or DELETE outside the audit log). Failures are collected, not thrown, so
/// that one run lists every defect.
/// </summary>
public sealed class HostileProbe(WriteRecorder writes)
{
    private static readonly string[] Internals =
        ["   at ", "Exception:", "SQLite Error", "Npgsql", "SqlState", "Microsoft.EntityFrameworkCore", "System.Text.Json", "StackTrace", "/src/"];

    private readonly List<string> _failures = [];
    /// <summary>Process-wide: the suites share one app and its recorder, so a probe number is never reused.</summary>
    private static int s_sequence;

    public int Sent { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public async Task<HttpResponseMessage?> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content, Expect expect,
        string label, string? field = null)
    {
        var probe = Interlocked.Increment(ref s_sequence).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.TryAddWithoutValidation(WriteRecorder.Header, probe);
        Sent++;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Fail(label, $"no answer: {e.GetType().Name}: {First(e.Message)}");
            writes.Take(probe);
            return null;
        }
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var written = writes.Take(probe);
        if (status >= 500)
            Fail(label, $"{status} {First(text)}");
        else if (status < 400 && expect == Expect.Reject)
            Fail(label, $"accepted ({status}) what must be refused");
        else if (status >= 400)
            CheckRefusal(label, response, status, text, field, written);
        return response;
    }

    private void CheckRefusal(string label, HttpResponseMessage response, int status, string text, string? field, IReadOnlyList<string> written)
    {
        if (written.Count > 0)
            Fail(label, $"{status} but wrote: {string.Join(", ", written)}");
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            Fail(label, $"{status} answered as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not problem+json: {First(text)}");
        if (Internals.FirstOrDefault(i => text.Contains(i, StringComparison.Ordinal)) is { } leak)
            Fail(label, $"{status} shows internals ({leak.Trim()}): {First(text)}");
        // A 400 about one field names it (errors keyed by the JSON path, or a parent of it).
        if (status == 400 && field is not null && !NamesField(text, field))
            Fail(label, $"400 without a field-level error for {field}: {First(text)}");
    }

    private static bool NamesField(string text, string field)
    {
        if (JsonNode.Parse(text)?["errors"] is not JsonObject errors)
            return false;
        var wanted = field.Replace("[0]", "", StringComparison.Ordinal);
        return errors.Select(e => e.Key.Replace("[0]", "", StringComparison.Ordinal).TrimStart('$', '.'))
            .Any(k => k.Length == 0 || wanted.StartsWith(k, StringComparison.OrdinalIgnoreCase) || k.StartsWith(wanted, StringComparison.OrdinalIgnoreCase));
    }

    public void Fail(string label, string why)
    {
        lock (_failures)
            _failures.Add($"{label}: {why}");
    }

    private static string First(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>Ends the test: every failure, grouped by what went wrong, in the message.</summary>
    public void AssertClean(string what)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {Sent} hostile requests, {_failures.Count} answered wrongly");
        Assert.True(_failures.Count == 0,
            $"{what}: {_failures.Count} of {Sent} hostile requests answered wrongly:\n" + string.Join("\n", _failures.Take(1500)));
    }

    public static bool IsRefusal(HttpStatusCode status) => (int)status is >= 400 and < 500;
}
