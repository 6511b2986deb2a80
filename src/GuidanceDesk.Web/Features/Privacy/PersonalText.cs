using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// Which text of the records about a worker can identify them, and so goes when the record is anonymised: free text
/// written about the person (situations, notes, messages, reports, reasons) and names of employers they worked for.
/// One list for every area, applied to whatever the anonymiser has loaded: anonymising cuts across the whole model, and
/// a list in one place is what a reviewer can check (PersonalTextTests holds each string of these types to be named
/// here, as personal or as kept, so that a new field cannot slip past). A text that was written becomes the placeholder
/// and an empty one stays empty: whether something was recorded (a closing summary, a reply, advice) is what several
/// conformance rules count, and that must not change. An encrypted value (<see cref="Cleared"/>) is removed instead.
/// Codes, dates, kinds, outcomes and staff members' own names stay: the statistics and the accountability of the service
/// need them, and they do not identify the worker.
/// </summary>
public static class PersonalText
{
    public const string Placeholder = "（已匿名化）";

    /// <summary>Entity (or owned) type → the properties that are personal text.</summary>
    public static readonly IReadOnlyDictionary<Type, string[]> Personal = new Dictionary<Type, string[]>
    {
        [typeof(ConsentRecord)] = [nameof(ConsentRecord.Note)],
        [typeof(Appointment)] = [nameof(Appointment.DifficultyNote), nameof(Appointment.CancelReason)],
        [typeof(GuidanceCase)] = [nameof(GuidanceCase.NeedsAnalysis), nameof(GuidanceCase.ReviewAnalysis)],
        [typeof(IntakeNotes)] = [nameof(IntakeNotes.Situation), nameof(IntakeNotes.Experience), nameof(IntakeNotes.Intentions), nameof(IntakeNotes.DifficultyNote)],
        [typeof(CaseOutcome)] = [nameof(CaseOutcome.EmployerName), nameof(CaseOutcome.Note)],
        [typeof(StageTransition)] = [nameof(StageTransition.Reason)],
        [typeof(GuidanceGoal)] = [nameof(GuidanceGoal.Text), nameof(GuidanceGoal.ConfirmedBy)],
        [typeof(CounselorAssignment)] = [nameof(CounselorAssignment.Reason)],
        [typeof(ChecklistEntry)] = [nameof(ChecklistEntry.Note)],
        [typeof(GuidanceRecord)] = [nameof(GuidanceRecord.Content), nameof(GuidanceRecord.Advice), nameof(GuidanceRecord.NextSteps)],
        [typeof(ServiceRegistration)] = [nameof(ServiceRegistration.EmployerName), nameof(ServiceRegistration.EmployerCreditCode),
            nameof(ServiceRegistration.CertificateNumber), nameof(ServiceRegistration.Result)],
        [typeof(EmploymentPlan)] = [nameof(EmploymentPlan.Goal)],
        [typeof(PlanAction)] = [nameof(PlanAction.Description), nameof(PlanAction.Note)],
        [typeof(PlanAgreement)] = [nameof(PlanAgreement.AgreedBy)],
        [typeof(PlanChange)] = [nameof(PlanChange.Text)],
        [typeof(FollowUp)] = [nameof(FollowUp.WhatWasDone), nameof(FollowUp.WhatChanged), nameof(FollowUp.CheckIn)],
        [typeof(CaseMessage)] = [nameof(CaseMessage.Body), nameof(CaseMessage.SenderName)],
        [typeof(AssessmentPlan)] = [nameof(AssessmentPlan.Purpose), nameof(AssessmentPlan.Note), nameof(AssessmentPlan.CancelReason),
            nameof(AssessmentPlan.AgreementRecordedBy)],
        [typeof(Assessment)] = [nameof(Assessment.VoidReason)],
        [typeof(CareerTendencyReport)] = [nameof(CareerTendencyReport.Evaluation), nameof(CareerTendencyReport.NextSteps),
            nameof(CareerTendencyReport.WorkerComments)],
        [typeof(CaseReferral)] = [nameof(CaseReferral.AnswerNote), nameof(CaseReferral.Outcome)],
        [typeof(ReferralForm)] = [nameof(ReferralForm.WorkerSituation), nameof(ReferralForm.GuidanceSoFar), nameof(ReferralForm.ReasonDetail),
            nameof(ReferralForm.Request), nameof(ReferralForm.RiskNote), nameof(ReferralForm.ExplanationToWorker)],
        [typeof(ReferralEvent)] = [nameof(ReferralEvent.Note)],
        [typeof(Placement)] = [nameof(Placement.Note), nameof(Placement.RejectionReason)],
        [typeof(PlacementStep)] = [nameof(PlacementStep.Note)],
        [typeof(RiskAlert)] = [nameof(RiskAlert.Observed), nameof(RiskAlert.ClosingSummary)],
        [typeof(RiskAction)] = [nameof(RiskAction.Who), nameof(RiskAction.Result)],
        [typeof(SatisfactionResponse)] = [nameof(SatisfactionResponse.Comment)],
        [typeof(TrainingRecommendation)] = [nameof(TrainingRecommendation.Note)],
        [typeof(Complaint)] = [nameof(Complaint.Description), nameof(Complaint.ComplainantName), nameof(Complaint.Investigation),
            nameof(Complaint.Resolution), nameof(Complaint.Reply), nameof(Complaint.FeedbackComment)],
        [typeof(ComplaintEvent)] = [nameof(ComplaintEvent.Note)],
        [typeof(DataSubjectRequest)] = [nameof(DataSubjectRequest.ProposedValueCipher), nameof(DataSubjectRequest.Details)],
        [typeof(OutboxMessage)] = [nameof(OutboxMessage.Subject), nameof(OutboxMessage.Body)],
        [typeof(ArchiveItem)] = [nameof(ArchiveItem.Title), nameof(ArchiveItem.DisposalReason)],
        [typeof(ArchiveItemVersion)] = [nameof(ArchiveItemVersion.Note)],
    };

    /// <summary>Ciphertexts among the personal values: they are emptied (a placeholder would not decrypt).</summary>
    public static readonly IReadOnlySet<string> Cleared = new HashSet<string> { nameof(DataSubjectRequest.ProposedValueCipher) };

    /// <summary>
    /// Replaces the personal text of every tracked entry (the anonymiser loads exactly the worker's records). Returns how
    /// many values changed. Owned parts (JSON columns) are entries of their own, so they are covered the same way.
    /// </summary>
    public static int Redact(DbContext db)
    {
        var changed = 0;
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (!Personal.TryGetValue(entry.Metadata.ClrType, out var names))
                continue;
            foreach (var name in names)
            {
                var property = entry.Property(name);
                if (property.CurrentValue is not string current || current == Placeholder)
                    continue;
                property.CurrentValue = Cleared.Contains(name) ? null : Placeholder;
                changed++;
            }
        }
        return changed;
    }
}
