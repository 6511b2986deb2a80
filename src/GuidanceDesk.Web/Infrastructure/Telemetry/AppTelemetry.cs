using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GuidanceDesk.Web.Infrastructure.Telemetry;

/// <summary>
/// The app's own traces and metrics, beside what ASP.NET Core, HttpClient, Npgsql and the runtime report: background
/// jobs (how often, how long, how they ended) and the outbox (messages sent and given up). Tags never carry a person's
/// data: a job's name, an outcome, a channel.
/// </summary>
public static class AppTelemetry
{
    public const string Name = "GuidanceDesk";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("guidancedesk.job.runs", "{run}", "Background job runs by job and outcome");

    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("guidancedesk.job.duration", "s", "How long a background job ran");

    public static readonly Counter<long> OutboxSent = Meter.CreateCounter<long>("guidancedesk.outbox.sent", "{message}", "Notifications delivered by channel");

    public static readonly Counter<long> OutboxFailed = Meter.CreateCounter<long>("guidancedesk.outbox.failed", "{message}", "Notifications given up after the last attempt, by channel");
}
