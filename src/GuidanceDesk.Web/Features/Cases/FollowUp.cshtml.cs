using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>6.1.5: records a follow-up meeting — what was done, what changed, and the worker's current status.</summary>
public sealed class FollowUpModel(CaseQueries queries, FollowUpHandlers handlers, IStringLocalizer<SharedResource> l)
    : CaseFormPage<FollowUpForm>(queries, l)
{
    public FollowUpView? Due { get; private set; }

    private long FollowUpId => long.Parse((string)RouteData.Values["fid"]!, System.Globalization.CultureInfo.InvariantCulture);

    protected override string Done => "已记录跟进";

    protected override Task SaveAsync(long id, CancellationToken ct) => handlers.RecordAsync(id, FollowUpId, Input, ct);

    protected override Task LoadExtrasAsync(CaseView c, CancellationToken ct)
    {
        Due = c.FollowUps.FirstOrDefault(f => f.Id == FollowUpId);
        return Task.CompletedTask;
    }
}
