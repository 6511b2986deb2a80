using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Account;

public sealed record TokenRequest(
    [property: Required(ErrorMessage = "请填写用户名"), StringLength(256, ErrorMessage = "用户名或密码不正确")] string UserName,
    [property: Required(ErrorMessage = "请填写密码"), StringLength(256, ErrorMessage = "用户名或密码不正确")] string Password,
    [property: StringLength(32, ErrorMessage = "验证码不正确")] string? TwoFactorCode = null);

public sealed record RefreshRequest([property: Required, StringLength(8192)] string RefreshToken);

/// <summary><c>/api/v1/auth</c>: bearer tokens for API clients, with the same lockout and two-factor rules as the pages.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");

        group.MapPost("/token", async (TokenRequest request, SignInManager<AppUser> signIn, AuditLog audit) =>
        {
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.RequiresTwoFactor && !string.IsNullOrEmpty(request.TwoFactorCode))
                result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode, isPersistent: false, rememberClient: false);
            audit.SignIn(request.UserName, result.Succeeded, "api");
            if (result.Succeeded)
                return Results.Empty; // the bearer handler has written the token response
            var title = result.IsLockedOut ? "账户已被临时锁定，请稍后再试"
                : result.RequiresTwoFactor ? "请提供两步验证码（twoFactorCode）"
                : "用户名或密码不正确";
            return Results.Problem(title: title, statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous().Validates<TokenRequest>().RequireRateLimiting(InfrastructureSetup.TokenRateLimit);

        group.MapPost("/refresh", async (RefreshRequest request, SignInManager<AppUser> signIn,
            IOptionsMonitor<BearerTokenOptions> options, TimeProvider time) =>
        {
            var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = protector.Unprotect(request.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
                return Results.Challenge();
            var principal = await signIn.CreateUserPrincipalAsync(user);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }).AllowAnonymous().Validates<RefreshRequest>();

        group.MapGet("/me", (CurrentUser user, HttpContext http) => TypedResults.Ok(new
        {
            user.UserId, user.UserName,
            roles = Roles.All.Where(user.IsInRole).ToArray(),
            user.ServiceUnitId, user.WorkerId, user.EmployerId, user.StaffMemberId,
            displayName = http.User.FindFirst(AppClaims.DisplayName)?.Value,
        }));
        return group;
    }
}
