using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GuidanceDesk.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: incoming requests (by route, never by URL query: the instrumentation redacts
/// query values, which may hold an ID number being searched), outgoing HTTP (S3, SMS gateways), PostgreSQL commands
/// (Npgsql's own source: the SQL text with parameter placeholders, not values), the runtime, and the app's jobs and
/// outbox. Nothing leaves the process unless an OTLP endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or
/// <c>Telemetry:OtlpEndpoint</c>), so the embedded first run needs no collector.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var export = !string.IsNullOrWhiteSpace(endpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["Telemetry:ServiceName"] ?? "guidancedesk",
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(t =>
            {
                t.AddSource(AppTelemetry.Name, "Npgsql")
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (export)
                    t.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
            })
            .WithMetrics(m =>
            {
                m.AddMeter(AppTelemetry.Name, "Npgsql")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (export)
                    m.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
            });
        return services;
    }
}
