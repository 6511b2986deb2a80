using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GuidanceDesk.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: incoming requests (by route, never by URL query: the instrumentation redacts
/// query values, which may hold an ID number being searched), outgoing HTTP (S3, SMS gateways), PostgreSQL commands
/// (Npgsql's own source: the SQL text with parameter placeholders, not values), the runtime, and the app's jobs and
/// outbox. Nothing is collected unless an OTLP endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or
/// <c>Telemetry:OtlpEndpoint</c>) or <c>Telemetry:Enabled</c> is true, so the embedded first run needs no collector and
/// pays nothing: recording a span for every request and every SQL command that no one exports was on the stack in 5 %
/// of the app's CPU samples under the city-scale mixed load (docs/performance.md). <c>Telemetry:TraceSampleRatio</c> (default 1) keeps
/// that share of traces, decided at the trace's root, for a busy instance whose collector need not see every request.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var export = !string.IsNullOrWhiteSpace(endpoint);
        if (!configuration.GetValue("Telemetry:Enabled", export))
            return services;
        var ratio = Math.Clamp(configuration.GetValue("Telemetry:TraceSampleRatio", 1.0), 0, 1);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["Telemetry:ServiceName"] ?? "guidancedesk",
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(t =>
            {
                t.SetSampler(new ParentBasedSampler(ratio >= 1 ? new AlwaysOnSampler() : new TraceIdRatioBasedSampler(ratio)))
                    .AddSource(AppTelemetry.Name, "Npgsql")
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
