using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// The answers of a satisfaction feedback form: item code (<see cref="SurveyItems.All"/>, e.g. <c>pq1</c>) → 1–10, and a
/// free-text comment. Checked field by field in <see cref="SurveyHandlers"/> (422 with one error per item), so the
/// portal page and the API give the same messages.
/// </summary>
public sealed class SurveyAnswersRequest
{
    public Dictionary<string, int?> Answers { get; set; } = [];

    [StringLength(SurveyItems.MaxComment, ErrorMessage = "意见和建议不超过1000字")]
    public string? Comment { get; set; }
    /// <summary>Paper forms only: the day the client filled the form in (a form filled before the deadline is accepted after it).</summary>
    public DateOnly? FilledOn { get; set; }

    public IReadOnlyList<int?> Ordered() =>
        [.. SurveyItems.All.Select(i => Answers.TryGetValue(i.Code, out var a) ? a : null)];
}

public sealed record SurveyItemView(string Code, string Latent, string Text, string English, bool Reversed);

public sealed record InvitationView(long Id, string Occasion, string Unit, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt, bool Answered, bool Expired);

public sealed record SurveyFormView(InvitationView Invitation, IReadOnlyList<SurveyItemView> Items);
