using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>
/// The outbox, its dispatcher job and the default sender: the log, or a pickup folder when
/// <see cref="NotificationOptions.PickupDirectory"/> is set. Needs <see cref="JobsSetup.AddJobs"/>.
/// </summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NotificationOptions.SectionName);
        services.AddOptions<NotificationOptions>().Bind(section)
            .Validate(o => o.IsValid, "Notifications: positive sizes and times, and ClaimDuration > BatchSize × SendTimeout.")
            .ValidateOnStart();
        var options = section.Get<NotificationOptions>() ?? new NotificationOptions();
        services.TryAddScoped<Outbox>();
        services.TryAddScoped<IRecipientAddressResolver, RecipientAddressResolver>();
        // Replace with a real gateway by registering another INotificationSender before or after this call.
        if (!string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            // Created now, so that a folder that cannot be made stops the start instead of failing every send.
            var folder = Directory.CreateDirectory(options.PickupDirectory).FullName;
            services.TryAddSingleton<INotificationSender>(sp => new PickupDirectorySender(folder, sp.GetRequiredService<TimeProvider>()));
        }
        services.TryAddSingleton<INotificationSender, LogNotificationSender>();
        // A short lease: if the dispatching instance dies, another takes over within two minutes.
        services.AddScheduledJob<OutboxDispatcher>(JobSchedule.Every(options.DispatchInterval) with { LeaseDuration = TimeSpan.FromMinutes(2) });
        return services;
    }
}
