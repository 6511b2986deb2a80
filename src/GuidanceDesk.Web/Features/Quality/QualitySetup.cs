using System.Threading.RateLimiting;
using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>Supervision and improvement (9.1): complaints, audits, corrective actions, public service information.</summary>
public static class QualitySetup
{
    public const string IntakeLimit = "complaint-intake";
    public const string LookupLimit = "complaint-lookup";

    public static IServiceCollection AddQuality(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QualityOptions>().Bind(configuration.GetSection(QualityOptions.SectionName))
            .Validate(o => o.IsValid, "Quality: ComplaintReplyWorkingDays 1 to 30, ActionHeadAfterWorkingDays 0 to 30, public limits at least 1.")
            .ValidateOnStart();
        services.AddScoped<QualityAccess>();
        services.AddScoped<QualityNotices>();
        services.AddScoped<ComplaintIntake>();
        services.AddScoped<ComplaintWorkflow>();
        services.AddScoped<ComplaintQueries>();
        services.AddScoped<CorrectiveActionHandlers>();
        services.AddScoped<AuditHandlers>();
        services.AddScoped<QualityQueries>();
        services.AddScoped<DisclosureHandlers>();
        // 08:10 in Chongqing: a deadline missed yesterday reaches the owner or the head as the day starts.
        services.AddScheduledJob<QualityOverdueScan>(JobSchedule.AtCron("0 10 8 * * ?"));
        // Per address, a fixed window of ten minutes: enough for a family filing from one kiosk, too few to flood or to guess.
        services.Configure<RateLimiterOptions>(o =>
        {
            o.AddPolicy(IntakeLimit, ctx => Window(ctx, "intake", ctx.RequestServices.GetRequiredService<IOptions<QualityOptions>>().Value.PublicComplaintsPerTenMinutes));
            o.AddPolicy(LookupLimit, ctx => Window(ctx, "lookup", ctx.RequestServices.GetRequiredService<IOptions<QualityOptions>>().Value.PublicLookupsPerTenMinutes));
        });
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Complaints", Policies.Complaints);
            o.Conventions.AuthorizeFolder("/Quality", Policies.QualityRead);
        });
        return services;
    }

    /// <summary>Only submissions count: the public complaint pages carry the policy too, and reading the form is free.</summary>
    private static RateLimitPartition<string> Window(HttpContext ctx, string kind, int permits) => HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
        ? RateLimitPartition.GetNoLimiter("read")
        : RateLimitPartition.GetFixedWindowLimiter(kind + ":" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "?"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10) });
}
