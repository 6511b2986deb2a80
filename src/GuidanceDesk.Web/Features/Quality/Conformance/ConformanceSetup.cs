using GuidanceDesk.Web.Features.Quality.Conformance.Rules;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>The conformance report's rules (one per measurable clause), the self-evaluation and their pages' policy.</summary>
public static class ConformanceSetup
{
    public static IServiceCollection AddConformance(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConformanceTargets>(configuration.GetSection("Quality"));
        services.AddScoped<QualityScope>();
        services.AddScoped<ConformanceReports>();
        services.AddScoped<ConformanceActions>();
        services.AddScoped<ConformanceExport>();
        services.AddScoped<SelfEvaluationHandlers>();
        services.AddScoped<IConformanceRule, UnitQualificationRule>();
        services.AddScoped<IConformanceRule, ComplaintReplyRule>();
        services.AddScoped<IConformanceRule, BackupFreshnessRule>();
        services.AddScoped<IConformanceRule, StaffQualificationRule>();
        services.AddScoped<IConformanceRule, StaffTrainingRule>();
        services.AddScoped<IConformanceRule, PlanAgreementRule>();
        services.AddScoped<IConformanceRule, FollowUpOnTimeRule>();
        services.AddScoped<IConformanceRule, ExpiredPlanReviewRule>();
        services.AddScoped<IConformanceRule, GroupMaterialsRule>();
        services.AddScoped<IConformanceRule, AssessmentFeedbackRule>();
        services.AddScoped<IConformanceRule, PriorityWaitRule>();
        services.AddScoped<IConformanceRule, ArchiveCompletenessRule>();
        services.AddScoped<IConformanceRule, AppointmentFormRule>();
        services.AddScoped<IConformanceRule, ReferralRule>();
        services.AddScoped<IConformanceRule, RiskAlertRule>();
        services.AddScoped<IConformanceRule, SatisfactionRule>();
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Quality/Conformance", Policies.QualityReview);
            o.Conventions.AuthorizeFolder("/Quality/SelfEvaluations", Policies.QualityReview);
        });
        return services;
    }
}
