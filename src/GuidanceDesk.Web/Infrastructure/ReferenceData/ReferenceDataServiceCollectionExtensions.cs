using GuidanceDesk.Web.Infrastructure.Calendar;

namespace GuidanceDesk.Web.Infrastructure.ReferenceData;

public static class ReferenceDataServiceCollectionExtensions
{
    /// <summary>
    /// Loads the reference data once, at registration, and registers it and its parts as singletons.
    /// Loading eagerly makes a missing or malformed file fail at start-up instead of on the first request.
    /// </summary>
    public static IServiceCollection AddReferenceData(this IServiceCollection services, string root)
    {
        var data = ReferenceDataSet.LoadFromDirectory(root);
        services.AddSingleton(data);
        services.AddSingleton(data.Occupations);
        services.AddSingleton(data.Divisions);
        services.AddSingleton(data.Calendar);
        services.AddSingleton(new ShippedHolidays(HolidayFileReader.ReadYears(Path.Combine(root, "holidays"))));
        services.AddScoped<CalendarYears>();
        services.AddScoped<CalendarStatus>();
        services.AddHostedService<CalendarRefresher>();
        return services;
    }
}
