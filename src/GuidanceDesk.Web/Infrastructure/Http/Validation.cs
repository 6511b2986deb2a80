using System.ComponentModel.DataAnnotations;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>
/// Runs the DataAnnotations / IValidatableObject rules of a request record — the same rules the Razor pages apply —
/// and answers 400 with the problems field by field.
/// </summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<T>().FirstOrDefault();
        if (request is null)
            return TypedResults.Problem(title: "请求内容不能为空", statusCode: StatusCodes.Status400BadRequest);
        var errors = RequestValidator.Validate(request, context.HttpContext.RequestServices);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "提交的内容有误，请按提示修改") : await next(context);
    }
}

/// <summary>DataAnnotations validation for API requests, shared by the filter and tests.</summary>
public static class RequestValidator
{
    /// <summary>Validates the object and, like MVC model validation, every nested form object and list item in it.</summary>
    public static Dictionary<string, string[]> Validate(object request, IServiceProvider services)
    {
        var errors = new List<(string Member, string Message)>();
        Collect(request, "", services, errors, depth: 0);
        return errors.GroupBy(e => ProblemMapping.JsonName(e.Member))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
    }

    private static void Collect(object value, string prefix, IServiceProvider services, List<(string, string)> errors, int depth)
    {
        if (depth > 5)
            return;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value, services, null), results, validateAllProperties: true);
        foreach (var r in results)
        {
            foreach (var member in r.MemberNames.DefaultIfEmpty(""))
                errors.Add((prefix + member, r.ErrorMessage ?? ""));
        }
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            var child = property.GetValue(value);
            if (IsForm(child))
            {
                Collect(child!, $"{prefix}{property.Name}.", services, errors, depth + 1);
            }
            else if (child is System.Collections.IList list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (IsForm(list[i]))
                        Collect(list[i]!, $"{prefix}{property.Name}[{i}].", services, errors, depth + 1);
                }
            }
        }
    }

    private static bool IsForm(object? value) =>
        value is not null && value.GetType().IsClass && value is not string
        && value.GetType().Namespace?.StartsWith("GuidanceDesk.Web.Features", StringComparison.Ordinal) == true;
}

public static class ValidationExtensions
{
    public static RouteHandlerBuilder Validates<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
