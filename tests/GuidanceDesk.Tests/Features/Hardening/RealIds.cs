using System.Globalization;
using System.Text.Json.Nodes;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// Ids of records that exist, for the route parameters of an operation, found the way a client finds them: the first
/// item of the collection's list (<c>GET /api/v1/cases/</c> for <c>{id}</c> of <c>/cases/{id}/…</c>), and for a nested
/// parameter the first item of the parent's matching array (<c>plans</c> of the case for <c>{planId}</c>). What cannot
/// be found stays the benign missing id. So a body reaches the handler and the database, not just the 404.
/// </summary>
public sealed class RealIds
{
    /// <summary>Collections whose records the suite does not touch: they are who the tests sign in as, and where.</summary>
    public static readonly IReadOnlySet<string> Untouched = new HashSet<string>(StringComparer.Ordinal) { "staff", "units", "auth", "backups" };

    private readonly Dictionary<string, JsonNode?> _gets = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, long> _roots;

    /// <param name="roots">Ids to use for the first parameter of a collection (<c>cases</c> → a case the test made) instead of the list's first item.</param>
    public RealIds(IReadOnlyDictionary<string, long>? roots = null) => _roots = roots ?? new Dictionary<string, long>();

    public async Task<string> UrlAsync(ApiOperation op, HttpClient client)
    {
        var values = new Dictionary<RouteParameter, string>();
        var segments = op.Pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 2 && Untouched.Contains(segments[2]))
            return HostileSuite.BenignUrl(op);
        string? parentUrl = null;
        foreach (var p in op.Route)
        {
            var index = Array.FindIndex(segments, s => s.StartsWith("{" + p.Name, StringComparison.Ordinal));
            var collection = index > 0 ? segments[index - 1] : "";
            string? value = null;
            if (p.Constraint is "long" or "int")
            {
                if (parentUrl is null && _roots.TryGetValue(collection, out var root))
                    value = root.ToString(CultureInfo.InvariantCulture);
                else if (parentUrl is null)
                    value = First(await GetAsync(client, "/" + string.Join('/', segments[..index]) + "/"), p.Name);
                else
                    value = First(Find(await GetAsync(client, parentUrl), Camel(collection)), p.Name);
            }
            values[p] = value ?? HostileSuite.Benign(p);
            parentUrl = "/" + string.Join('/', segments[..(index + 1)].Select(s => s.StartsWith('{') ? values[op.Route.First(r => s.StartsWith("{" + r.Name, StringComparison.Ordinal))] : s));
        }
        return op.Url(p => values[p]);
    }

    private async Task<JsonNode?> GetAsync(HttpClient client, string url)
    {
        if (_gets.TryGetValue(url, out var cached))
            return cached;
        JsonNode? node = null;
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            node = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        _gets[url] = node;
        return node;
    }

    /// <summary>The first item's id (or the field named like the parameter) in a list, a page (<c>items</c>) or an array.</summary>
    private static string? First(JsonNode? list, string parameter)
    {
        var items = list switch
        {
            JsonArray a => a,
            JsonObject o when o["items"] is JsonArray a => a,
            _ => null,
        };
        foreach (var item in items?.OfType<JsonObject>() ?? [])
        {
            foreach (var key in new[] { parameter, "id", "line", "number" })
            {
                if (item[key] is JsonValue v && v.TryGetValue<long>(out var n))
                    return n.ToString(CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>The array named <paramref name="name"/> anywhere in the parent (e.g. <c>plans</c> of a case).</summary>
    private static JsonNode? Find(JsonNode? node, string name) => node switch
    {
        JsonObject o => o.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase) && p.Value is JsonArray).Value
            ?? o.Select(p => Find(p.Value, name)).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string Camel(string kebab)
    {
        var parts = kebab.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
