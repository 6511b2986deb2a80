using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Closes the case with its outcome; an employment outcome names employer, occupation, start date and pay.</summary>
public sealed class CloseModel(CaseQueries queries, CaseHandlers handlers, IStringLocalizer<SharedResource> l)
    : CaseFormPage<CloseRequest>(queries, l)
{
    protected override string Done => "个案已结案";

    protected override Task SaveAsync(long id, CancellationToken ct) => handlers.CloseAsync(id, Input, ct);

    protected override Task FillAsync(CaseView c, CancellationToken ct)
    {
        Input.Version = c.Version;
        return Task.CompletedTask;
    }
}
