using System.Net;
using GuidanceDesk.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// Who calls each endpoint in the hostile suite: a demo user the endpoint's policies admit (the roles are read from the
/// policies themselves), tried in order of privilege until one is not refused with 403 — so that the hostile input
/// reaches the endpoint instead of bouncing off authorization.
/// </summary>
public sealed class Callers(AppFixture app)
{
    /// <summary>Demo users by role, most privileged within a unit first (all of unit 渝中 except the city-level ones).</summary>
    public static readonly IReadOnlyList<(string User, string Role)> Demo =
    [
        ("head", "Head"), ("manager", "Manager"), ("counselor", "Counselor"), ("custodian", "Custodian"),
        ("admin", "Admin"), ("evaluator", "Evaluator"), ("worker", "Worker"), ("employer", "Employer"),
    ];

    private readonly Dictionary<string, string> _chosen = [];

    /// <summary>The client to use for <paramref name="op"/>: anonymous for public endpoints, else the first admitted user.</summary>
    public async Task<HttpClient> ForAsync(ApiOperation op, string probeUrl)
    {
        if (op.AllowsAnonymous)
            return app.Anonymous();
        if (!_chosen.TryGetValue(op.ToString(), out var user))
        {
            var candidates = (await RolesAsync(app, op)) is { } roles ? Demo.Where(d => roles.Contains(d.Role)).Select(d => d.User).ToList()
                : [.. Demo.Select(d => d.User)];
            user = candidates.FirstOrDefault() ?? "head";
            foreach (var candidate in candidates)
            {
                using var client = await app.ClientAsAsync(candidate);
                using var request = new HttpRequestMessage(new HttpMethod(op.Method), probeUrl);
                using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                if (response.StatusCode is not HttpStatusCode.Forbidden and not HttpStatusCode.Unauthorized)
                {
                    user = candidate;
                    break;
                }
            }
            _chosen[op.ToString()] = user;
        }
        return await app.ClientAsAsync(user);
    }

    /// <summary>Whether the endpoint's policies admit <paramref name="role"/> at all.</summary>
    public static async Task<bool> AllowsAsync(AppFixture app, ApiOperation op, string role) =>
        !op.AllowsAnonymous && (await RolesAsync(app, op))?.Contains(role) != false;

    /// <summary>The roles every policy on the endpoint allows (their intersection), or null when no policy names roles.</summary>
    private static async Task<HashSet<string>?> RolesAsync(AppFixture app, ApiOperation op)
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        HashSet<string>? allowed = null;
        var requirements = new List<IAuthorizationRequirement>();
        foreach (var data in op.Endpoint.Metadata.OfType<IAuthorizeData>())
        {
            if (data.Policy is not null && await provider.GetPolicyAsync(data.Policy) is { } policy)
                requirements.AddRange(policy.Requirements);
            if (data.Roles is not null)
                requirements.Add(new RolesAuthorizationRequirement(data.Roles.Split(',', StringSplitOptions.TrimEntries)));
        }
        requirements.AddRange(op.Endpoint.Metadata.OfType<AuthorizationPolicy>().SelectMany(p => p.Requirements));
        foreach (var roles in requirements.OfType<RolesAuthorizationRequirement>())
        {
            if (allowed is null)
                allowed = [.. roles.AllowedRoles];
            else
                allowed.IntersectWith(roles.AllowedRoles);
        }
        return allowed;
    }

    public string? Chosen(ApiOperation op) => _chosen.GetValueOrDefault(op.ToString());
}
