using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>What a JSON field of a request body is, for generating values and wrong values for it.</summary>
public enum FieldKind { Text, Number, Flag, Choice, Date, Instant, Time, Duration, Uuid, List, Form, Map, Any }

/// <summary>One field of a request body: its JSON path (<c>worker.jobIntentions[0].note</c>), kind and the member that declares it.</summary>
public sealed record BodyField(string Path, FieldKind Kind, Type Type, JsonPropertyInfo Property);

/// <summary>
/// The shape of a request body as the app's own JSON options see it (names, types), walked to a few levels so that
/// nested forms and list items are covered too.
/// </summary>
public sealed class BodyShape(JsonSerializerOptions json)
{
    private const int MaxDepth = 4;

    public static BodyShape Of(IServiceProvider services) =>
        new(services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);

    public JsonSerializerOptions Json => json;

    /// <summary>Every field reachable from <paramref name="type"/>, depth first; list items are addressed as <c>[0]</c>.</summary>
    public IReadOnlyList<BodyField> Fields(Type type)
    {
        var fields = new List<BodyField>();
        Walk(type, "", 0, fields);
        return fields;
    }

    private void Walk(Type type, string prefix, int depth, List<BodyField> fields)
    {
        if (depth > MaxDepth || KindOf(type) is not FieldKind.Form)
            return;
        foreach (var p in json.GetTypeInfo(type).Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
        {
            var path = prefix + p.Name;
            var kind = KindOf(p.PropertyType);
            fields.Add(new BodyField(path, kind, p.PropertyType, p));
            if (kind is FieldKind.Form)
                Walk(Unwrap(p.PropertyType), path + ".", depth + 1, fields);
            else if (kind is FieldKind.List && ElementType(p.PropertyType) is { } element && KindOf(element) is FieldKind.Form)
                Walk(element, path + "[0].", depth + 1, fields);
        }
    }

    public static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static FieldKind KindOf(Type type)
    {
        type = Unwrap(type);
        if (type == typeof(string) || type == typeof(char))
            return FieldKind.Text;
        if (type == typeof(bool))
            return FieldKind.Flag;
        if (type.IsEnum)
            return FieldKind.Choice;
        if (type.IsPrimitive || type == typeof(decimal))
            return FieldKind.Number;
        if (type == typeof(DateOnly))
            return FieldKind.Date;
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
            return FieldKind.Instant;
        if (type == typeof(TimeOnly))
            return FieldKind.Time;
        if (type == typeof(TimeSpan))
            return FieldKind.Duration;
        if (type == typeof(Guid))
            return FieldKind.Uuid;
        if (type == typeof(object) || type == typeof(JsonElement) || typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(type))
            return FieldKind.Any;
        if (type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)
            || i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            return FieldKind.Map;
        if (typeof(IEnumerable).IsAssignableFrom(type))
            return FieldKind.List;
        return FieldKind.Form;
    }

    public static Type? ElementType(Type type)
    {
        type = Unwrap(type);
        if (type.IsArray)
            return type.GetElementType();
        return type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    public static Type? MapValueType(Type type) =>
        Unwrap(type).GetInterfaces().Append(Unwrap(type)).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)
            || i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))?.GetGenericArguments()[1];
}
