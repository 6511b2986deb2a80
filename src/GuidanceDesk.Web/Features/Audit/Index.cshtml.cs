using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Audit;

/// <summary>
/// The audit log for the head (R-4.4d): who read or changed which record, newest first. Dates are entered and shown in
/// Beijing time; the filter turns them into instants (a "to" date includes that whole day).
/// </summary>
public sealed class IndexModel(AuditQueries queries) : PageModel
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<string> EntityTypes = ["Worker", "Employer", "ServiceUnit", "StaffMember"];

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public PagedResult<AuditItem> Result { get; private set; } = new([], 1, PageSize, 0);

    public bool Filtered => EntityType is not null || EntityId is not null || UserName is not null || Action is not null || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await queries.SearchAsync(new AuditSearch(EntityType, EntityId?.Trim(), UserName?.Trim(), Action,
            From is { } f ? StartOfDay(f) : null, To is { } t ? StartOfDay(t.AddDays(1)) : null, P, PageSize), ct);

    public string Link(int page) => Query.Link("/Audit", ("EntityType", EntityType), ("EntityId", EntityId), ("UserName", UserName),
        ("Action", Action?.ToString()), ("From", Fmt.Date(From)), ("To", Fmt.Date(To)), ("p", page > 1 ? Fmt.Id(page) : null));

    /// <summary>Midnight in Beijing of that day, as an instant.</summary>
    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, AgencyClock.Zone.GetUtcOffset(local));
    }
}
