using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure.Jobs;

namespace GuidanceDesk.Web.Features;

/// <summary>The services of the counselor's daily work: appointments, cases and what hangs off them.</summary>
public static class GuidanceSetup
{
    public static IServiceCollection AddGuidance(this IServiceCollection services)
    {
        services.AddScoped<AppointmentHandlers>();
        services.AddScoped<AppointmentQueries>();
        services.AddScoped<SlotHandlers>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseHandlers>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseList>();
        services.AddScoped<CounselorMatcher>();
        services.AddScoped<AssignmentHandler>();
        services.AddScoped<GoalHandlers>();
        services.AddScoped<RecordHandlers>();
        services.AddScoped<PlanHandlers>();
        services.AddScoped<FollowUpHandlers>();
        services.AddScoped<MessageHandlers>();
        services.AddScoped<Portal.PortalQueries>();
        services.AddScoped<AppointmentForms>();
        services.AddScoped<RecordForms>();
        services.AddScoped<Worklist.WorklistQueries>();
        services.AddScoped<Worklist.SavedFilters>();
        services.AddScoped<PlanExpiry>();
        services.AddScoped<Reminders.ReminderScan>();
        // 01:30 in Chongqing: plans that ended yesterday go to review before the counselors arrive; reminders hourly
        // during the day so that an appointment booked this morning is reminded before it starts.
        services.AddScheduledJob<Reminders.NightlyCaseScan>(JobSchedule.AtCron("0 30 1 * * ?"));
        services.AddScheduledJob<Reminders.ReminderScan>(JobSchedule.AtCron("0 0 7-20 * * ?"));
        return services;
    }
}
