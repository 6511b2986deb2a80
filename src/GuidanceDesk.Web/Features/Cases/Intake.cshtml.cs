using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>6.1.1: the worker's situation, experience, intentions and job-search difficulties.</summary>
public sealed class IntakeModel(CaseQueries queries, CaseHandlers handlers, IStringLocalizer<SharedResource> l)
    : CaseFormPage<IntakeForm>(queries, l)
{
    protected override string Done => "已保存职业信息";

    protected override Task SaveAsync(long id, CancellationToken ct) => handlers.RecordIntakeAsync(id, Input, ct);

    protected override Task FillAsync(CaseView c, CancellationToken ct)
    {
        Input.Version = c.Version;
        if (c.Intake is { } i)
        {
            Input.Situation = i.Situation;
            Input.Experience = i.Experience;
            Input.Intentions = i.Intentions;
            Input.DifficultyNote = i.DifficultyNote;
            Input.Difficulties = [.. Enum.GetValues<Domain.Difficulties>().Where(d => d != Domain.Difficulties.None && i.Difficulties.HasFlag(d))];
        }
        return Task.CompletedTask;
    }
}
