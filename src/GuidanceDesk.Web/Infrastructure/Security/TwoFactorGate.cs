using System.Security.Claims;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>
/// Enforces two-factor sign-in for the roles that must have it (default Admin and Head; <c>Security:TwoFactorRequiredRoles</c>).
/// A signed-in user of such a role without a second factor (and not exempt) is sent to set it up; the API refuses them.
/// </summary>
public sealed class TwoFactorGate(RequestDelegate next, IConfiguration configuration)
{
    private readonly string[] _roles = configuration.GetSection("Security:TwoFactorRequiredRoles").Get<string[]>() ?? [.. Roles.TwoFactorRequired];

    public async Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && NeedsSecondFactor(user) && !IsAllowedWithout(context.Request.Path))
        {
            if (SecuritySetup.IsApi(context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new { title = "该角色须启用两步验证后使用", status = 403 });
                return;
            }
            context.Response.Redirect("/Account/TwoFactor?required=true");
            return;
        }
        await next(context);
    }

    private bool NeedsSecondFactor(ClaimsPrincipal user) =>
        _roles.Any(user.IsInRole)
        && !user.HasClaim(AppClaims.TwoFactorExempt, "true")
        && !user.HasClaim("amr", "mfa");

    private static bool IsAllowedWithout(PathString path) =>
        path.StartsWithSegments("/Account") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/css")
        || path.StartsWithSegments("/js") || path.StartsWithSegments("/health") || path.StartsWithSegments("/api/v1/auth");
}
