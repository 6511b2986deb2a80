using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>Whether a hostile request must be refused (4xx) or may also be accepted (2xx); never a 5xx either way.</summary>
public enum Expect { Reject, AnyButServerError }

/// <summary>One hostile body for one endpoint: what it is, the content, and whether it must be refused.</summary>
public sealed record BodyCase(string Name, Func<HttpContent?> Content, Expect Expect, string? Field = null);

/// <summary>
/// Request bodies for the hostile suite, built from the body type the endpoint declares: a plausible baseline (every
/// field present) and its mutations — the whole body malformed, one field of the wrong type, one field null, one text
/// field hostile or over-long, one number or date at its extremes.
/// </summary>
public sealed class BodyCases(BodyShape shape)
{
    public const int HugeBytes = 50 * 1024 * 1024;

    /// <summary>The shape of the body and the failures that are the parser's business (the id in the URL does not matter).</summary>
    public IEnumerable<BodyCase> Format(Type type)
    {
        var baseline = Baseline(type);
        yield return new("malformed", () => Json("{\"a\":"), Expect.Reject);
        yield return new("empty", () => Json(""), Expect.Reject);
        yield return new("null", () => Json("null"), Expect.Reject);
        yield return new("no-body", () => null, Expect.Reject);
        if (baseline is JsonObject)
        {
            yield return new("array-for-object", () => Json("[]"), Expect.Reject);
            yield return new("string-for-object", () => Json("\"x\""), Expect.Reject);
        }
        yield return new("deep-nesting", () => Json(string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)), Expect.Reject);
        yield return new("text/plain", () => new StringContent(baseline.ToJsonString(), Encoding.UTF8, "text/plain"), Expect.Reject);
        yield return new("huge", () => new HugeJson(HugeBytes, knownLength: true), Expect.Reject);
        yield return new("huge-chunked", () => new HugeJson(HugeBytes, knownLength: false), Expect.Reject);
        foreach (var field in shape.Fields(type))
        {
            foreach (var (name, wrong) in WrongValues(field))
                yield return new($"{field.Path}={name}", () => Json(With(type, field.Path, wrong?.DeepClone())), Expect.Reject, field.Path);
        }
    }

    /// <summary>Values of the right type that a handler must cope with: null, injection strings, over-long text, extremes.</summary>
    public IEnumerable<BodyCase> Content(Type type)
    {
        foreach (var field in shape.Fields(type))
        {
            yield return new($"{field.Path}=null", () => Json(With(type, field.Path, null)), Expect.AnyButServerError, field.Path);
            foreach (var (name, value) in Extremes(field))
                yield return new($"{field.Path}={name}", () => Json(With(type, field.Path, value.DeepClone())), Expect.AnyButServerError, field.Path);
            var textPath = field.Kind is FieldKind.Text ? field.Path
                : field.Kind is FieldKind.List && BodyShape.KindOf(BodyShape.ElementType(field.Type) ?? typeof(object)) is FieldKind.Text ? field.Path + "[0]"
                : null;
            if (textPath is null)
                continue;
            foreach (var (name, value) in Hostile.FieldValues)
                yield return new($"{textPath}={name}", () => Json(With(type, textPath, value)), Expect.AnyButServerError, field.Path);
            yield return new($"{textPath}=100k", () => Json(With(type, textPath, Hostile.Huge)), Expect.Reject, field.Path);
        }
    }

    public JsonNode Baseline(Type type) => Value(type, 0) ?? new JsonObject();

    private string With(Type type, string path, JsonNode? value)
    {
        var root = Baseline(type);
        JsonNode? node = root;
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var last = i == steps.Length - 1;
            if (steps[i].StartsWith('['))
            {
                var index = int.Parse(steps[i].Trim('[', ']'), CultureInfo.InvariantCulture);
                if (last)
                    node!.AsArray()[index] = value;
                else
                    node = node!.AsArray()[index];
            }
            else if (last)
            {
                node!.AsObject()[steps[i]] = value;
            }
            else
            {
                node = node!.AsObject()[steps[i]];
            }
        }
        return root.ToJsonString();
    }

    private JsonNode? Value(Type type, int depth)
    {
        var t = BodyShape.Unwrap(type);
        return BodyShape.KindOf(t) switch
        {
            FieldKind.Text => "测试内容",
            FieldKind.Number => 1,
            FieldKind.Flag => true,
            FieldKind.Choice => Enum.GetNames(t)[Math.Min(1, Enum.GetNames(t).Length - 1)],
            FieldKind.Date => "2026-06-15",
            FieldKind.Instant => "2026-06-15T09:00:00+08:00",
            FieldKind.Time => "09:30",
            FieldKind.Duration => "00:30:00",
            FieldKind.Uuid => Guid.NewGuid().ToString(),
            FieldKind.List => new JsonArray(Value(BodyShape.ElementType(t) ?? typeof(string), depth + 1)),
            FieldKind.Map => new JsonObject { ["k"] = Value(BodyShape.MapValueType(t) ?? typeof(string), depth + 1) },
            FieldKind.Form when depth <= 4 => Form(t, depth),
            _ => new JsonObject(),
        };
    }

    private JsonObject Form(Type type, int depth)
    {
        var form = new JsonObject();
        foreach (var p in shape.Json.GetTypeInfo(type).Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
            form[p.Name] = Value(p.PropertyType, depth + 1);
        return form;
    }

    private static IEnumerable<(string, JsonNode?)> WrongValues(BodyField field) => field.Kind switch
    {
        FieldKind.Text => [("number", 12345), ("object", new JsonObject())],
        FieldKind.Number => [("text", "abc"), ("array", new JsonArray())],
        FieldKind.Flag => [("text", "yes")],
        FieldKind.Choice => [("unknown-name", "NoSuchValue"), ("number", 999)],
        FieldKind.Date => [("text", "not-a-date"), ("impossible", "2026-02-30")],
        FieldKind.Instant => [("text", "not-a-time")],
        FieldKind.Time => [("text", "25:61")],
        FieldKind.Duration => [("text", "forever")],
        FieldKind.Uuid => [("text", "not-a-guid")],
        FieldKind.List => [("object", new JsonObject())],
        FieldKind.Form or FieldKind.Map => [("array", new JsonArray())],
        _ => [],
    };

    private static IEnumerable<(string, JsonNode)> Extremes(BodyField field) => field.Kind switch
    {
        FieldKind.Number => [("int-max", int.MaxValue), ("int-min", int.MinValue), ("minus-one", -1), ("zero", 0)],
        FieldKind.Date => [("min", "0001-01-01"), ("max", "9999-12-31")],
        FieldKind.Instant => [("min", "0001-01-01T00:00:00+00:00"), ("max", "9999-12-31T23:59:59+00:00")],
        FieldKind.List => [("empty", new JsonArray())],
        _ => [],
    };

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary><c>{"x":"xxxx…"}</c> of the given size, generated while it is sent (nothing held in memory).</summary>
    private sealed class HugeJson : HttpContent
    {
        private readonly long _length;
        private readonly bool _knownLength;

        public HugeJson(long length, bool knownLength)
        {
            _length = length;
            _knownLength = knownLength;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var head = "{\"x\":\""u8.ToArray();
            await stream.WriteAsync(head);
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            var left = _length - head.Length - 2;
            while (left > 0)
            {
                var n = (int)Math.Min(chunk.Length, left);
                await stream.WriteAsync(chunk.AsMemory(0, n));
                left -= n;
            }
            await stream.WriteAsync("\"}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return _knownLength;
        }
    }
}
