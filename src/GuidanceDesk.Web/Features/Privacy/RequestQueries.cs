using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// Reading requests: the unit's queue for its head and managers (city level: every unit), open first by due day; one
/// request with the value asked for (read audited); and the worker's own in the portal.
/// </summary>
public sealed class RequestQueries(AppDbContext db, CurrentUser user, PersonalDataProtector protector, AuditLog audit, AgencyClock clock)
{
    /// <summary>The requests this user may see: a worker their own; the head and managers their unit's; city level all.</summary>
    public IQueryable<DataSubjectRequest> Scope()
    {
        if (user.IsInRole(Roles.Worker))
            return user.WorkerId is { } self ? db.DataSubjectRequests.Where(r => r.WorkerId == self) : db.DataSubjectRequests.Where(_ => false);
        if (!(user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager)))
            return db.DataSubjectRequests.Where(_ => false);
        return user.IsCityLevel ? db.DataSubjectRequests : db.DataSubjectRequests.Where(r => r.ServiceUnitId == user.ServiceUnitId);
    }

    public async Task<PagedResult<DataRequestListItem>> ListAsync(DataRequestFilter f, CancellationToken ct)
    {
        var today = clock.Today;
        var q = Scope().AsNoTracking();
        if (f.Status is { } s)
            q = q.Where(r => r.Status == s);
        else if (f.Open)
            q = q.Where(r => r.Status == DataRequestStatus.Submitted || r.Status == DataRequestStatus.Accepted);
        if (f.Overdue)
            q = q.Where(r => r.DueOn < today && (r.Status == DataRequestStatus.Submitted
                || (r.Status == DataRequestStatus.Accepted && r.Kind == DataRequestKind.Correction)));
        if (f.UnitId is { } unit)
            q = q.Where(r => r.ServiceUnitId == unit);
        var page = new PageRequest(f.Page, f.PageSize);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(r => r.Status == DataRequestStatus.Submitted ? 0 : r.Status == DataRequestStatus.Accepted ? 1 : 2)
            .ThenBy(r => r.DueOn).ThenBy(r => r.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Select(r => new
            {
                Request = r,
                Worker = db.Workers.Where(w => w.Id == r.WorkerId).Select(w => w.Name).FirstOrDefault(),
                Unit = db.ServiceUnits.Where(u => u.Id == r.ServiceUnitId).Select(u => u.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        var items = rows.Select(x => new DataRequestListItem(x.Request.Id, x.Request.WorkerId, x.Worker ?? "", x.Unit ?? "", x.Request.Kind,
            x.Request.Field, x.Request.SubmittedAt, x.Request.DueOn, x.Request.IsOverdue(today), x.Request.Status, x.Request.ErasableOn)).ToList();
        if (!user.IsInRole(Roles.Worker))
            audit.Searched(Workers.WorkerHandlers.EntityType, items.Select(i => i.WorkerId).Distinct(), user.ServiceUnitId, "privacy-requests");
        return new PagedResult<DataRequestListItem>(items, page.SafePage, page.SafePageSize, total);
    }

    /// <summary>The worker's own requests, newest first (the portal shows their status).</summary>
    public async Task<IReadOnlyList<DataRequestView>> MineAsync(CancellationToken ct)
    {
        var ids = await Scope().OrderByDescending(r => r.Id).Select(r => r.Id).Take(50).ToListAsync(ct);
        var list = new List<DataRequestView>();
        foreach (var id in ids)
            list.Add(await GetAsync(id, ct));
        return list;
    }

    public async Task<DataRequestView> GetAsync(long id, CancellationToken ct)
    {
        var r = await Scope().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var w = await db.Workers.AsNoTracking().Where(x => x.Id == r.WorkerId)
            .Select(x => new
            {
                Worker = x,
                Unit = db.ServiceUnits.Where(u => u.Id == r.ServiceUnitId).Select(u => u.Name).FirstOrDefault(),
            }).FirstAsync(ct);
        var proposed = r.ProposedValueCipher is null ? null : protector.Unprotect(r.ProposedValueCipher);
        if (!user.IsInRole(Roles.Worker))
            audit.Read(AuditAction.View, RequestHandlers.EntityType, Fmt.Id(r.Id), r.ServiceUnitId, "request;worker=" + Fmt.Id(r.WorkerId));
        return new DataRequestView(r.Id, r.WorkerId, w.Worker.Name, r.ServiceUnitId, w.Unit ?? "", r.Kind, r.Field, proposed,
            r.Field is { } f && !w.Worker.IsAnonymised ? CurrentValue(w.Worker, f) : null, r.Details, r.SubmittedAt, r.DueOn,
            r.IsOverdue(clock.Today), r.Status, r.HandlerName, r.DecidedAt, r.RejectionReason, r.ErasableOn, r.CompletedAt, r.Outcome,
            r.Events, r.Version);
    }

    /// <summary>What the record says now, beside the proposed value; identifiers masked (the reveal is the worker page's).</summary>
    private string? CurrentValue(Worker w, CorrectionField field) => field switch
    {
        CorrectionField.Name => w.Name,
        CorrectionField.Phone => w.Phone is null ? null : Mask.Phone(protector.Unprotect(w.Phone.Cipher)),
        CorrectionField.IdNumber => Mask.IdNumber(protector.Unprotect(w.IdNumber.Cipher)),
        CorrectionField.ResidenceAddress => w.ResidenceAddress,
        CorrectionField.Education => w.Education.ToString(),
        CorrectionField.EmploymentStatus => w.EmploymentStatus.ToString(),
        _ => null,
    };

    /// <summary>Open requests waiting for the unit (the home page and nav count); only a number leaves, not audited.</summary>
    public Task<int> CountOpenAsync(CancellationToken ct) =>
        Scope().CountAsync(r => r.Status == DataRequestStatus.Submitted, ct);

    internal static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
