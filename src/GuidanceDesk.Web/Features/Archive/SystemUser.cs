using System.Security.Claims;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>
/// The identity background filing runs under: a city-level custodian named "system", so the form generators (which
/// scope every read to the current user) see the case, and the audit log says the system printed the form.
/// </summary>
public static class SystemUser
{
    public const string Id = "system";

    public static void Enter(IHttpContextAccessor accessor)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Id), new Claim(ClaimTypes.Name, Id), new Claim(AppClaims.DisplayName, "系统归档"),
            new Claim(ClaimTypes.Role, Roles.Custodian),
        ], "system");
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }
}
