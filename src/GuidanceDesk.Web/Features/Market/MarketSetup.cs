using GuidanceDesk.Web.Features.EmployerCases;
using GuidanceDesk.Web.Infrastructure.Jobs;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>The market area (supply/demand, wage guidance, hard-to-fill vacancies) and the employer's guidance cases.</summary>
public static class MarketSetup
{
    public static IServiceCollection AddMarket(this IServiceCollection services)
    {
        services.AddOptions<MarketOptions>().BindConfiguration(MarketOptions.SectionName);
        services.AddScoped<WageLookup>();
        services.AddScoped<WageImport>();
        services.AddScoped<SupplyDemandCells>();
        services.AddScoped<SupplyDemandQueries>();
        services.AddScoped<SupplyDemandReport>();
        services.AddScoped<SupplyDemandSnapshots>();
        services.AddScoped<ReportExport>();
        services.AddScoped<HardToFillScan>();
        services.AddScoped<HardToFillQueries>();
        services.AddScoped<EmployerCaseHandlers>();
        services.AddScoped<EmployerAnalysis>();
        // 02:00 in Chongqing, after the day's changes: this quarter's snapshot, then the hard-to-fill scan that reads it.
        services.AddScheduledJob<NightlyMarketJob>(JobSchedule.AtCron("0 0 2 * * ?"));
        return services;
    }
}
