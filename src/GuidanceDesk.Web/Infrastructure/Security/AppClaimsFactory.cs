using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>Puts the unit and the portal identity into the sign-in, so scoping needs no database round trip.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        Add(identity, AppClaims.ServiceUnitId, user.ServiceUnitId);
        Add(identity, AppClaims.WorkerId, user.WorkerId);
        Add(identity, AppClaims.EmployerId, user.EmployerId);
        Add(identity, AppClaims.StaffMemberId, user.StaffMemberId);
        if (user.TwoFactorExempt)
            identity.AddClaim(new Claim(AppClaims.TwoFactorExempt, "true"));
        return identity;
    }

    private static void Add(ClaimsIdentity identity, string type, long? value)
    {
        if (value is { } v)
            identity.AddClaim(new Claim(type, v.ToString(CultureInfo.InvariantCulture)));
    }
}
