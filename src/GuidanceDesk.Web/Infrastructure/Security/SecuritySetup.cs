using GuidanceDesk.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>Identity, the two sign-in schemes (cookie for pages, bearer token for /api/v1) and the named policies.</summary>
public static class SecuritySetup
{
    public const string SmartScheme = "GuidanceDesk";
    private const string SignedInAt = "gd.signedInAt";

    public static IServiceCollection AddAppSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedSignIns", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(1);
            });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "GuidanceDesk.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // MLPS level 3 / ASVS 3.3: a session left idle ends (default 30 minutes; each request within the window
            // extends it), and none lasts longer than a working day however active (default 12 hours), so a
            // counter's unattended screen does not stay signed in.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 30));
            o.SlidingExpiration = true;
            var absolute = TimeSpan.FromHours(configuration.GetValue("Security:AbsoluteSessionHours", 12));
            // The sign-in time travels in the ticket: IssuedUtc moves on every sliding renewal, this does not.
            o.Events.OnSigningIn = ctx =>
            {
                if (!ctx.Properties.Items.ContainsKey(SignedInAt))
                    ctx.Properties.Items[SignedInAt] = ctx.Options.TimeProvider!.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = ctx =>
            {
                if (ctx.Properties.Items.TryGetValue(SignedInAt, out var at)
                    && DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var signedIn)
                    && ctx.Options.TimeProvider!.GetUtcNow() - signedIn > absolute)
                {
                    ctx.RejectPrincipal();
                    return ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
                return SecurityStampValidator.ValidatePrincipalAsync(ctx);
            };
            // The API answers 401/403; only pages redirect to the sign-in form.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx.HttpContext, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx.HttpContext, StatusCodes.Status403Forbidden, () => ctx.Response.Redirect(ctx.RedirectUri));
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ClientRecords, p => p.RequireRole(Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian))
            .AddPolicy(Policies.RevealIdentifiers, p => p.RequireRole(Roles.Head, Roles.Manager, Roles.Counselor))
            .AddPolicy(Policies.ManageUnits, p => p.RequireRole(Roles.Admin, Roles.Head))
            .AddPolicy(Policies.ReadUnits, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian, Roles.Evaluator))
            .AddPolicy(Policies.ManageStaff, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.ReadStaff, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian))
            .AddPolicy(Policies.AuditLog, p => p.RequireRole(Roles.Head))
            .AddPolicy(Policies.Portal, p => p.RequireRole(Roles.Worker, Roles.Employer))
            .AddPolicy(Policies.Vacancies, p => p.RequireRole(Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian, Roles.Employer))
            .AddPolicy(Policies.Guidance, p => p.RequireRole(Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian, Roles.Worker))
            .AddPolicy(Policies.CaseWork, p => p.RequireRole(Roles.Head, Roles.Manager, Roles.Counselor))
            .AddPolicy(Policies.AssignmentOverride, p => p.RequireRole(Roles.Head, Roles.Manager))
            .AddPolicy(Policies.MarketRead, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian, Roles.Evaluator))
            .AddPolicy(Policies.ArchiveKeep, p => p.RequireRole(Roles.Custodian, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.CalendarManage, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.MarketManage, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.InstrumentManage, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.AgencyRead, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor))
            .AddPolicy(Policies.AgencyManage, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.RiskRoster, p => p.RequireRole(Roles.Head, Roles.Manager))
            .AddPolicy(Policies.TrainingRead, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor))
            .AddPolicy(Policies.TrainingManage, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.ProjectRead, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor))
            .AddPolicy(Policies.ProjectDesign, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.PolicyRead, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian, Roles.Evaluator))
            .AddPolicy(Policies.PolicyManage, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.QualityReview, p => p.RequireRole(Roles.Head, Roles.Manager))
            .AddPolicy(Policies.QualityConvene, p => p.RequireRole(Roles.Head))
            .AddPolicy(Policies.EvaluationRead, p => p.RequireRole(Roles.Evaluator, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.SurveyRead, p => p.RequireRole(Roles.Admin, Roles.Head, Roles.Manager, Roles.Counselor, Roles.Custodian, Roles.Evaluator))
            .AddPolicy(Policies.SurveyEntry, p => p.RequireRole(Roles.Custodian, Roles.Head, Roles.Manager))
            .AddPolicy(Policies.Complaints, p => p.RequireRole(Roles.Head, Roles.Manager, Roles.Counselor))
            .AddPolicy(Policies.QualityRead, p => p.RequireRole(Roles.Head, Roles.Manager, Roles.Counselor, Roles.Evaluator))
            .AddPolicy(Policies.QualityManage, p => p.RequireRole(Roles.Head, Roles.Manager))
            .AddPolicy(Policies.DisclosureManage, p => p.RequireRole(Roles.Admin, Roles.Head))
            .AddPolicy(Policies.PrivacyRequests, p => p.RequireRole(Roles.Head, Roles.Manager))
            .AddPolicy(Policies.BackupManage, p => p.RequireRole(Roles.Admin));

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        return services;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task ApiOr(HttpContext context, int status, Action redirect)
    {
        if (IsApi(context))
            context.Response.StatusCode = status;
        else
            redirect();
        return Task.CompletedTask;
    }
}
