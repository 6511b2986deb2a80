using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>One POST handler of a Razor page: the page's route and the handler's name (null for <c>OnPost</c>).</summary>
public sealed record PagePost(string Page, RouteEndpoint Endpoint, string? Handler, bool IgnoresAntiforgery)
{
    /// <summary>The URL with route values filled in (<c>1</c> for ids) and <c>?handler=</c> when the handler is named.</summary>
    public string Url
    {
        get
        {
            var path = string.Join('/', Endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart l => l.Content,
                RoutePatternSeparatorPart sep => sep.Content,
                RoutePatternParameterPart { IsOptional: true } => "",
                RoutePatternParameterPart => "1",
                _ => "",
            })))).TrimEnd('/');
            return "/" + path + (Handler is null ? "" : "?handler=" + Handler);
        }
    }

    public override string ToString() => $"POST {Page}{(Handler is null ? "" : "?handler=" + Handler)}";
}

/// <summary>
/// Every POST handler of every Razor page, read at test time from the endpoint data source and the page loader (the
/// compiled page knows its handler methods), so that a new form is in the CSRF test without being listed.
/// </summary>
public static class PageCatalog
{
    public static async Task<IReadOnlyList<PagePost>> PostsAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var posts = new List<PagePost>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || !seen.Add(page.ViewEnginePath + "|" + endpoint.RoutePattern.RawText))
                continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var ignores = compiled.ModelTypeInfo?.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute), true).Length > 0
                || compiled.HandlerTypeInfo.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute), true).Length > 0;
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                posts.Add(new PagePost(page.ViewEnginePath, endpoint, handler.Name, ignores));
        }
        // A page reachable by two routes (e.g. /Index and /) is tried once, by its first route.
        return [.. posts.GroupBy(p => (p.Page, p.Handler)).Select(g => g.First()).OrderBy(p => p.Page, StringComparer.Ordinal)];
    }
}
