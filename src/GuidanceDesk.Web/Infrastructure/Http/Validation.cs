using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>
/// Runs the DataAnnotations / IValidatableObject rules of a request record — the same rules the Razor pages apply —
/// and answers 400 with the problems field by field.
/// </summary>
public class ValidationFilter<T> : IEndpointFilter where T : class
{
    /// <summary>An endpoint whose body may be left out altogether (its defaults apply) validates it only when sent.</summary>
    protected virtual bool BodyIsOptional => false;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<T>().FirstOrDefault();
        if (request is null && BodyIsOptional)
            return await next(context);
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
        var nullability = new NullabilityInfoContext();
        // What was bound (settable), not what is computed from it: a computed property may count on a field that is missing.
        var properties = value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite).ToList();
        var missing = properties.Where(p => p.GetValue(value) is null && MustNotBeNull(p, nullability)).ToList();
        foreach (var p in missing)
            errors.Add((prefix + p.Name, "缺少此项"));
        var results = new List<ValidationResult>();
        var context = new ValidationContext(value, services, null);
        if (missing.Count == 0)
        {
            Validator.TryValidateObject(value, context, results, validateAllProperties: true);
        }
        else
        {
            // The object's own rules (IValidatableObject) may count on what is missing: only the fields' rules run.
            foreach (var p in properties.Where(p => !missing.Contains(p)))
            {
                context.MemberName = p.Name;
                Validator.TryValidateProperty(p.GetValue(value), context, results);
            }
        }
        foreach (var r in results)
        {
            foreach (var member in r.MemberNames.DefaultIfEmpty(""))
                errors.Add((prefix + member, r.ErrorMessage ?? ""));
        }
        foreach (var property in properties.Except(missing))
        {
            var child = property.GetValue(value);
            if (InputRange.Problem(child) is { } problem)
                errors.Add((prefix + property.Name, problem));
            else if (IsForm(child))
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

    /// <summary>
    /// A list or a nested form the request declares non-nullable may be empty, never null: JSON's <c>null</c> overrides
    /// the initializer, and the handlers rightly count on what the type says. (Text is left to [Required]: an absent
    /// optional text is null by design.)
    /// </summary>
    private static bool MustNotBeNull(PropertyInfo property, NullabilityInfoContext context) =>
        property.PropertyType != typeof(string) && !property.PropertyType.IsValueType
        && context.Create(property).WriteState == NullabilityState.NotNull;

    private static bool IsForm(object? value) =>
        value is not null && value.GetType().IsClass && value is not string
        && value.GetType().Namespace?.StartsWith("GuidanceDesk.Web.Features", StringComparison.Ordinal) == true;
}

public static class ValidationExtensions
{
    public static RouteHandlerBuilder Validates<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();

    /// <summary>As <see cref="Validates{T}"/>, for an optional body: no body is fine, a body sent is checked.</summary>
    public static RouteHandlerBuilder ValidatesIfPresent<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<OptionalValidationFilter<T>>().ProducesValidationProblem();
}

public sealed class OptionalValidationFilter<T> : ValidationFilter<T> where T : class
{
    protected override bool BodyIsOptional => true;
}
