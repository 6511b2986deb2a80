using System.Diagnostics;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GuidanceDesk.Tests.Features.Security;

/// <summary>
/// Monitoring (docs/operations.md): requests, jobs and metrics reach an OpenTelemetry exporter, and a traced search by
/// ID number does not carry the number (4.4d: no personal data in telemetry).
/// </summary>
[Collection(OnSqlite.Name)]
public sealed class TelemetryTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4d")]
    public async Task Requests_and_jobs_are_traced_and_measured_without_personal_data()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        // Telemetry:Enabled stands for a configured OTLP endpoint, whose place the in-memory exporters take.
        var factory = app.Factory.WithWebHostBuilder(b => b.UseSetting("Telemetry:Enabled", "true").ConfigureTestServices(s =>
        {
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        }));
        var idNumber = TestData.NewIdNumber();
        using (var client = factory.CreateClient())
        {
            var token = await (await client.PostJsonAsync("/api/v1/auth/token", new System.Text.Json.Nodes.JsonObject { ["userName"] = "counselor", ["password"] = "Demo2026pass" })).BodyAsync();
            client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token["accessToken"]!);
            (await client.GetAsync("/api/v1/workers?idNumber=" + idNumber, Ct)).EnsureSuccessStatusCode();
        }
        await factory.Services.GetRequiredService<ScheduledJobRunner>().RunAsync<PersonalDataRekeyJob>(Ct);
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        // The listeners are process-wide: until this host (and its providers) is gone, other tests' spans keep arriving.
        await factory.DisposeAsync();

        {
            // Other tests' requests that ran at the same time are among these spans too.
            Assert.Contains(spans, s => s.Kind == ActivityKind.Server && (s.GetTagItem("http.route") as string) == "/api/v1/workers/"
                && Equals(s.GetTagItem("http.response.status_code"), 200));
            Assert.Contains(spans, s => s.DisplayName == "job " + PersonalDataRekeyJob.LeaseName && (string?)s.GetTagItem("job.outcome") == "Completed");
            foreach (var span in spans)
            {
                Assert.DoesNotContain(idNumber, span.DisplayName, StringComparison.Ordinal);
                foreach (var tag in span.TagObjects)
                    Assert.DoesNotContain(idNumber, tag.Value?.ToString() ?? "", StringComparison.Ordinal);
            }
        }
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
        Assert.Contains(metrics, m => m.Name == "guidancedesk.job.runs");
    }

    [Fact]
    public void Without_a_collector_nothing_is_recorded()
    {
        // The shared test host sets no OTLP endpoint: no spans or metrics are recorded for no one to read.
        Assert.Null(app.Factory.Services.GetService<TracerProvider>());
        Assert.Null(app.Factory.Services.GetService<MeterProvider>());
    }
}
