using GuidanceDesk.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Records a guidance session or another public employment service (7.2.2c, 7.1.10) in the case.</summary>
public sealed class RecordModel(CaseQueries queries, RecordHandlers handlers, AgencyClock clock, IStringLocalizer<SharedResource> l)
    : CaseFormPage<GuidanceRecordForm>(queries, l)
{
    protected override string Done => "已记录服务";

    protected override async Task SaveAsync(long id, CancellationToken ct) => await handlers.AddToCaseAsync(id, Input, ct);

    protected override Task FillAsync(CaseView c, CancellationToken ct)
    {
        // Half an hour ago, date and time taken from the same instant: just after midnight that is yesterday 23:xx
        // (taking today's date with the time of half an hour ago put the service in the future and refused the form).
        var start = clock.Now.AddMinutes(-30);
        Input.Date = DateOnly.FromDateTime(start.DateTime);
        Input.Time = new TimeOnly(start.Hour, start.Minute);
        Input.ServiceItems = [.. c.NeededServices.Take(1)];
        if (Request.Query.TryGetValue("kind", out var kind) && Enum.TryParse<Domain.ServiceKind>(kind, out var k))
            Input.Kind = k;
        return Task.CompletedTask;
    }

    /// <summary>The registration fields are posted for every kind; those of other kinds are simply empty.</summary>
    protected override void BeforeValidation() => Input.Registration ??= new RegistrationForm();
}
