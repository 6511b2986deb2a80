using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>6.1.2: which guidance and services the worker needs (service items 5.1 a–e) and why.</summary>
public sealed class NeedsModel(CaseQueries queries, CaseHandlers handlers, IStringLocalizer<SharedResource> l)
    : CaseFormPage<NeedsForm>(queries, l)
{
    protected override string Done => "已保存需求分析";

    protected override Task SaveAsync(long id, CancellationToken ct) => handlers.RecordNeedsAsync(id, Input, ct);

    protected override Task FillAsync(CaseView c, CancellationToken ct)
    {
        Input.Version = c.Version;
        Input.Needed = [.. c.NeededServices];
        Input.Analysis = c.NeedsAnalysis;
        return Task.CompletedTask;
    }
}
