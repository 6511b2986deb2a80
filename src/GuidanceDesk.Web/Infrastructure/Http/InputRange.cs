using System.Reflection;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>
/// The dates a request may carry: 1900-01-01 to 2199-12-31. Everything the agency records falls well inside; beyond
/// it the date arithmetic of the handlers (the day after, midnight in UTC+8, a quarter's end) overflows and a typo
/// such as 0001-01-01 would be a 500 instead of a 400 naming the field. The values of a choice (an enum) are its
/// names: a query string's <c>?stage=-1</c> parses as a number that names nothing. And text holds no NUL character:
/// it means nothing in any form, and PostgreSQL cannot store or compare it.
/// </summary>
public static class InputRange
{
    public static readonly DateOnly MinDate = new(1900, 1, 1);
    public static readonly DateOnly MaxDate = new(2199, 12, 31);
    public const string DateMessage = "日期应在1900年至2199年之间";
    public const string ChoiceMessage = "不是可选的值";
    public const string TextMessage = "含有不允许的字符（NUL）";

    /// <summary>Why the value cannot be taken (a message for its field), or null.</summary>
    public static string? Problem(object? value) => value switch
    {
        Enum e when !Named(e) => ChoiceMessage,
        string s when s.Contains('\0', StringComparison.Ordinal) => TextMessage,
        IEnumerable<string?> list when list.Any(s => s?.Contains('\0', StringComparison.Ordinal) == true) => TextMessage,
        _ when !Accepts(value) => DateMessage,
        _ => null,
    };

    /// <summary>A member's value, or for flags a combination of members' bits.</summary>
    private static bool Named(Enum value)
    {
        if (Enum.IsDefined(value.GetType(), value))
            return true;
        if (!value.GetType().IsDefined(typeof(FlagsAttribute), false))
            return false;
        var all = Enum.GetValues(value.GetType()).Cast<Enum>().Aggregate(0UL, (bits, v) => bits | Bits(v));
        return (Bits(value) & ~all) == 0;
    }

    /// <summary>The value's bits; a negative value (e.g. <c>?group=-1</c>) has the high bits set, which no member names.</summary>
    private static ulong Bits(Enum value) => Type.GetTypeCode(value.GetType()) == TypeCode.UInt64
        ? Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture)
        : unchecked((ulong)Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));

    public static bool Accepts(object? value) => value switch
    {
        DateOnly d => d >= MinDate && d <= MaxDate,
        DateTime t => Accepts(DateOnly.FromDateTime(t)),
        DateTimeOffset o => Accepts(DateOnly.FromDateTime(o.UtcDateTime)),
        _ => true,
    };
}

/// <summary>
/// Checks the dates and choices of the query string and the route (bodies are checked by <see cref="RequestValidator"/>
/// and the JSON reader) on every API endpoint: a value out of <see cref="InputRange"/> is a 400 naming the parameter.
/// What to check is worked out once per endpoint, when it is built (reflecting over the handler's parameters on every
/// request was visible in the mixed load's profile).
/// </summary>
public static class InputRangeFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var checks = factory.MethodInfo.GetParameters().Select(Check.Of).ToArray();
        return async context =>
        {
            Dictionary<string, string[]>? errors = null;
            for (var i = 0; i < context.Arguments.Count && i < checks.Length; i++)
                checks[i].Run(context.Arguments[i], ref errors);
            return errors is null ? await next(context) : TypedResults.ValidationProblem(errors, title: "请求参数有误，请按提示修改");
        };
    }

    /// <summary>One parameter: its JSON name, and for an <c>[AsParameters]</c> object its properties' names and getters.</summary>
    private sealed record Check(string Name, (string Name, PropertyInfo Property)[]? Members)
    {
        public static Check Of(ParameterInfo p) => new(ProblemMapping.JsonName(p.Name ?? "value"),
            p.GetCustomAttribute<AsParametersAttribute>() is null ? null
                : [.. p.ParameterType.GetProperties().Where(x => x.GetIndexParameters().Length == 0)
                    .Select(x => (ProblemMapping.JsonName(x.Name), x))]);

        public void Run(object? value, ref Dictionary<string, string[]>? errors)
        {
            if (InputRange.Problem(value) is { } problem)
                (errors ??= [])[Name] = [problem];
            else if (value is not null && Members is not null)
            {
                foreach (var (name, property) in Members)
                {
                    if (InputRange.Problem(property.GetValue(value)) is { } inner)
                        (errors ??= [])[name] = [inner];
                }
            }
        }
    }
}

public static class InputRangeExtensions
{
    public static RouteGroupBuilder ChecksInputRanges(this RouteGroupBuilder group) => group.AddEndpointFilterFactory(InputRangeFilter.Create);
}
