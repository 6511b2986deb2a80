using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Cases;

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
        services.AddScoped<AppointmentForms>();
        services.AddScoped<RecordForms>();
        services.AddScoped<Worklist.WorklistQueries>();
        services.AddScoped<Worklist.SavedFilters>();
        services.AddScoped<PlanExpiry>();
        return services;
    }
}
