using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>
/// Every text the model stores about a worker is either anonymised or kept on purpose: a new field of these types fails
/// here until someone decides which it is (4.6.2b).
/// </summary>
[Collection(OnSqlite.Name)]
public sealed class PersonalTextTests(SqliteApp app)
{
    /// <summary>The records the anonymiser loads (and their owned parts).</summary>
    private static readonly Type[] AboutAWorker =
    [
        typeof(ConsentRecord), typeof(Appointment), typeof(GuidanceCase), typeof(GuidanceRecord), typeof(EmploymentPlan), typeof(FollowUp),
        typeof(CaseMessage), typeof(AssessmentPlan), typeof(Assessment), typeof(CareerTendencyReport), typeof(CaseReferral), typeof(Placement),
        typeof(RiskAlert), typeof(SatisfactionResponse), typeof(TrainingRecommendation), typeof(Complaint), typeof(DataSubjectRequest),
        typeof(OutboxMessage), typeof(ArchiveItem),
    ];

    /// <summary>Texts that stay: who did it (staff), codes and keys, system-made explanations, and the worker record's own (handled by Worker.Anonymise).</summary>
    private static readonly Dictionary<Type, string[]> Kept = new()
    {
        [typeof(ConsentRecord)] = [nameof(ConsentRecord.RecordedByUserId)],
        [typeof(Appointment)] = [nameof(Appointment.CreatedByUserId)],
        [typeof(StageTransition)] = [nameof(StageTransition.ByUserId), nameof(StageTransition.ByName)],
        [typeof(CaseOutcome)] = [nameof(CaseOutcome.OccupationCode)],
        [typeof(CounselorAssignment)] = [nameof(CounselorAssignment.ByUserId)],
        [typeof(ChecklistEntry)] = [nameof(ChecklistEntry.ItemCode)],
        [typeof(GuidanceRecord)] = [nameof(GuidanceRecord.RecordedByUserId)],
        [typeof(ServiceRegistration)] = [nameof(ServiceRegistration.OccupationCode), nameof(ServiceRegistration.ProviderName),
            nameof(ServiceRegistration.CourseOrProject)],
        [typeof(PlanAgreement)] = [nameof(PlanAgreement.RecordedByUserId)],
        [typeof(PlanChange)] = [nameof(PlanChange.ByUserId)],
        [typeof(CaseMessage)] = [nameof(CaseMessage.SenderUserId)],
        [typeof(AssessmentPlan)] = [nameof(AssessmentPlan.CreatedByUserId), nameof(AssessmentPlan.CreatedByName)],
        [typeof(Assessment)] = [nameof(Assessment.HollandCode), nameof(Assessment.EnteredBy)],
        [typeof(ScaleScore)] = [nameof(ScaleScore.Code), nameof(ScaleScore.Parent)],
        [typeof(OccupationSuggestion)] = [nameof(OccupationSuggestion.Code), nameof(OccupationSuggestion.Name), nameof(OccupationSuggestion.HollandCode),
            nameof(OccupationSuggestion.Market), nameof(OccupationSuggestion.TrainingRoute), nameof(OccupationSuggestion.Reasons)],
        [typeof(MatchComponent)] = [nameof(MatchComponent.Explanation)],
        [typeof(CareerTendencyReport)] = [nameof(CareerTendencyReport.IssuedBy)],
        [typeof(CaseReferral)] = [nameof(CaseReferral.SenderUserId), nameof(CaseReferral.SenderName), nameof(CaseReferral.AnsweredByName)],
        [typeof(ReferralEvent)] = [nameof(ReferralEvent.ByName)],
        [typeof(PlacementStep)] = [nameof(PlacementStep.ByUserId), nameof(PlacementStep.ByName)],
        [typeof(RiskAlert)] = [nameof(RiskAlert.RaisedByUserId), nameof(RiskAlert.RaisedByName), nameof(RiskAlert.AcknowledgedByUserId),
            nameof(RiskAlert.AcknowledgedByName), nameof(RiskAlert.ClosedByUserId), nameof(RiskAlert.ClosedByName)],
        [typeof(RiskAction)] = [nameof(RiskAction.RecordedByUserId), nameof(RiskAction.RecordedByName)],
        [typeof(RiskNotice)] = [nameof(RiskNotice.Name)],
        [typeof(SatisfactionResponse)] = [nameof(SatisfactionResponse.EnteredByUserId)],
        [typeof(TrainingRecommendation)] = [nameof(TrainingRecommendation.RecommendedByUserId), nameof(TrainingRecommendation.RecommendedByName)],
        [typeof(Complaint)] = [nameof(Complaint.TrackingNumber), nameof(Complaint.HandlerName)],
        [typeof(ComplaintEvent)] = [nameof(ComplaintEvent.ByName)],
        [typeof(DataSubjectRequest)] = [nameof(DataSubjectRequest.HandlerName), nameof(DataSubjectRequest.RejectionReason), nameof(DataSubjectRequest.Outcome)],
        [typeof(DataRequestEvent)] = [nameof(DataRequestEvent.ByName), nameof(DataRequestEvent.Note)],
        [typeof(OutboxMessage)] = [nameof(OutboxMessage.RecipientId), nameof(OutboxMessage.DedupKey), nameof(OutboxMessage.LastError), nameof(OutboxMessage.ClaimedBy)],
        [typeof(ArchiveItem)] = [nameof(ArchiveItem.SourceType), nameof(ArchiveItem.DisposedByUserId)],
        [typeof(ArchiveItemVersion)] = [nameof(ArchiveItemVersion.AddedByUserId)],
        // The complainant's phone: removed whole by the anonymiser (the owned value goes, not its text).
        [typeof(ProtectedValue)] = [nameof(ProtectedValue.Cipher), nameof(ProtectedValue.Hash)],
    };

    [Fact, Trait("Clause", "4.6.2b")]
    public async Task Every_text_stored_about_a_worker_is_either_anonymised_or_kept_on_purpose()
    {
        await using var scope = app.Scope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var unclassified = new List<string>();
        foreach (var root in AboutAWorker)
        {
            foreach (var type in WithOwned(model.FindEntityType(root)!))
            {
                var personal = PersonalText.Personal.GetValueOrDefault(type.ClrType) ?? [];
                var kept = Kept.GetValueOrDefault(type.ClrType) ?? [];
                unclassified.AddRange(type.GetProperties().Where(p => p.ClrType == typeof(string) && !p.IsShadowProperty()
                        && !personal.Contains(p.Name) && !kept.Contains(p.Name))
                    .Select(p => $"{type.ClrType.Name}.{p.Name}"));
            }
        }
        Assert.True(unclassified.Count == 0, "Personal or kept? " + string.Join(", ", unclassified));
    }

    private static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IEntityType> WithOwned(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        new[] { type }.Concat(type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(n => WithOwned(n.TargetEntityType)));
}
