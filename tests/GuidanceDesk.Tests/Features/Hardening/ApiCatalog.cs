using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>A route parameter: its name, its constraint (<c>long</c>, <c>int</c>, <c>regex(...)</c> or none) and the CLR type it binds to.</summary>
public sealed record RouteParameter(string Name, string? Constraint, Type Type);

/// <summary>A query-string parameter as minimal APIs infer it (a simple type not named in the route), or a property of an <c>[AsParameters]</c> record.</summary>
public sealed record QueryParameter(string Name, Type Type);

/// <summary>One API operation: a pattern and one HTTP method, with what it binds.</summary>
public sealed record ApiOperation(string Method, RouteEndpoint Endpoint, IReadOnlyList<RouteParameter> Route, IReadOnlyList<QueryParameter> Query,
    Type? JsonBody, bool AllowsAnonymous)
{
    public string Pattern => Endpoint.RoutePattern.RawText ?? "";

    public bool Writes => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>The URL with each route parameter replaced (values are inserted as given: escape them first where needed).</summary>
    public string Url(Func<RouteParameter, string> value)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var segment in Endpoint.RoutePattern.PathSegments)
        {
            builder.Append('/');
            foreach (var part in segment.Parts)
            {
                builder.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart p => value(Route.Single(r => r.Name == p.Name)),
                    _ => throw new InvalidOperationException(part.GetType().Name),
                });
            }
        }
        return builder.ToString();
    }
}

/// <summary>
/// Every API operation under <c>/api/v1</c>, read at test time from the app's <see cref="EndpointDataSource"/> (so an
/// endpoint added tomorrow is in the hostile-input suite without anyone listing it), with the parameters its handler binds.
/// </summary>
public static class ApiCatalog
{
    private static readonly Type[] Special =
    [
        typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(CancellationToken), typeof(ClaimsPrincipal),
        typeof(Stream), typeof(System.IO.Pipelines.PipeReader), typeof(IFormFile), typeof(IFormFileCollection), typeof(IFormCollection),
    ];

    public static IReadOnlyList<ApiOperation> Operations(IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var operations = new List<ApiOperation>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase) != true)
                continue;
            var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var bound = handler?.GetParameters().SelectMany(p => Expand(p)).ToList() ?? [];
            var route = endpoint.RoutePattern.Parameters.Select(p => new RouteParameter(p.Name,
                p.ParameterPolicies.Count > 0 ? p.ParameterPolicies[0].Content : null,
                bound.FirstOrDefault(b => string.Equals(b.Name, p.Name, StringComparison.OrdinalIgnoreCase)).Type ?? typeof(string))).ToList();
            var query = bound.Where(b => !routeNames.Contains(b.Name) && b.FromQuery && !Special.Contains(b.Type) && !isService.IsService(b.Type)
                    && IsSimple(b.Type))
                .Select(b => new QueryParameter(b.Name, b.Type)).ToList();
            var body = endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: { } t } accepts
                && accepts.ContentTypes.Any(c => c.Contains("json", StringComparison.OrdinalIgnoreCase)) ? t : null;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                operations.Add(new ApiOperation(method, endpoint, route, query, body, anonymous));
        }
        return [.. operations.OrderBy(o => o.Pattern, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }

    /// <summary>A handler parameter, or the members of an <c>[AsParameters]</c> record, with the name they bind by.</summary>
    private static IEnumerable<(string Name, Type Type, bool FromQuery)> Expand(ParameterInfo p)
    {
        if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
        {
            var ctor = p.ParameterType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (ctor is not null && ctor.GetParameters().Length > 0)
                return ctor.GetParameters().SelectMany(Expand);
            return p.ParameterType.GetProperties().Where(x => x.CanWrite)
                .Select(x => (x.GetCustomAttribute<FromQueryAttribute>()?.Name ?? x.Name, x.PropertyType, true));
        }
        var fromQuery = p.GetCustomAttribute<FromServicesAttribute>() is null && p.GetCustomAttribute<FromBodyAttribute>() is null
            && p.GetCustomAttribute<FromHeaderAttribute>() is null && p.GetCustomAttribute<FromFormAttribute>() is null;
        return [(p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.Name!, p.ParameterType, fromQuery)];
    }

    /// <summary>What minimal APIs bind from a string: primitives, enums, dates, and anything with a static TryParse; arrays of them.</summary>
    public static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
            return IsSimple(type.GetElementType()!);
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly)
            || type == typeof(TimeSpan) || type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static,
                [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]) is not null;
    }
}
