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
/// </summary>
public sealed class InputRangeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < context.Arguments.Count && i < parameters.Length; i++)
        {
            var value = context.Arguments[i];
            if (InputRange.Problem(value) is { } problem)
                errors[ProblemMapping.JsonName(parameters[i].Name ?? "value")] = [problem];
            else if (value is not null && parameters[i].GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var p in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
                {
                    if (InputRange.Problem(p.GetValue(value)) is { } inner)
                        errors[ProblemMapping.JsonName(p.Name)] = [inner];
                }
            }
        }
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "请求参数有误，请按提示修改") : await next(context);
    }
}

public static class InputRangeExtensions
{
    public static RouteGroupBuilder ChecksInputRanges(this RouteGroupBuilder group) => group.AddEndpointFilter<InputRangeFilter>();
}
