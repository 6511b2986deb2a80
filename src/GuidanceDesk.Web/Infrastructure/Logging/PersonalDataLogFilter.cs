using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Logging;

/// <summary>
/// Keeps ASP.NET Core's hosting diagnostics (request URLs with their query strings) below Information for every
/// logging provider, whatever the configuration says, so that no ID or phone number typed into a query string reaches
/// a log (4.4d). A rule for one provider beats a rule for all, so each provider-wide rule gets a twin for this
/// category; <see cref="RequestLog"/> logs requests instead, with the query's values left out.
/// </summary>
public sealed class PersonalDataLogFilter : IPostConfigureOptions<LoggerFilterOptions>
{
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        var providers = options.Rules.Select(r => r.ProviderName).Distinct().ToList();
        var tooLoud = options.Rules.Where(r => r.CategoryName is { } c && c.StartsWith(HostingDiagnostics, StringComparison.Ordinal)
            && (r.LogLevel is null || r.LogLevel < LogLevel.Warning)).ToList();
        foreach (var rule in tooLoud)
            options.Rules.Remove(rule);
        foreach (var provider in providers)
            options.Rules.Add(new LoggerFilterRule(provider, HostingDiagnostics, LogLevel.Warning, null));
    }
}
