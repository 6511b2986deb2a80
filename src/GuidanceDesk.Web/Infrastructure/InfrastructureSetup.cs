using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Backups;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Pdf;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Logging;
using GuidanceDesk.Web.Infrastructure.Notifications;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;

using GuidanceDesk.Web.Infrastructure.Files;

namespace GuidanceDesk.Web.Infrastructure;

/// <summary>Cross-cutting services: time, reference data, personal-data protection, audit, problem details, API docs.</summary>
public static class InfrastructureSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];
    public const string TokenRateLimit = "token";

    public static IServiceCollection AddAppInfrastructure(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AgencyClock>();
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<LoggerFilterOptions>, PersonalDataLogFilter>();
        services.AddReferenceData(Path.Combine(AppContext.BaseDirectory, "ReferenceData"));
        services.AddPdf();
        services.AddFileStore(configuration, env.ContentRootPath);
        services.Configure<PersonalDataOptions>(configuration.GetSection("PersonalData"));
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<RekeyProgress>();
        services.Configure<GuidanceDeskOptions>(configuration.GetSection("GuidanceDesk"));
        services.AddSingleton<AuditBuffer>();
        services.AddHostedService<AuditWriter>();
        services.AddScoped<AuditLog>();
        services.AddScoped<IdempotencyFilter>();
        services.AddJobs(configuration).AddNotifications(configuration);
        services.AddBackups(configuration, env.ContentRootPath);
        // After a key rotation the identifiers are protected again in the background; until then both keys read.
        services.AddScheduledJob<PersonalDataRekeyJob>(JobSchedule.Every(TimeSpan.FromMinutes(10)) with { LeaseDuration = TimeSpan.FromMinutes(15) });
        // The key ring has a context of its own: its store reads and writes synchronously (KeyRingDbContext).
        services.AddDataProtection().SetApplicationName("GuidanceDesk").PersistKeysToDbContext<KeyRingDbContext>();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Chinese pages: emit CJK as characters, not as &#x...; entities (smaller pages, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.Configure<RequestAdmissionOptions>(configuration.GetSection(RequestAdmissionOptions.Section));
        services.AddSingleton<RequestAdmission>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(TokenRateLimit, ctx => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) }));
        });
        // Enums travel by name: a number (999, or "999") is the wrong type, refused as a 400 naming the field, never stored.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false)));
        // Binding failures (malformed JSON, a value of the wrong type) throw, so that ProblemMapping answers them field by field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}

/// <summary>Settings of the service itself (section <c>GuidanceDesk</c>).</summary>
public sealed class GuidanceDeskOptions
{
    /// <summary>Yearly training minimum per staff member, in hours (4.6.2c).</summary>
    public decimal TrainingHoursPerYear { get; set; } = 40;
}
