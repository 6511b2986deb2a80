using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>Complaint lists and details for staff (scoped by <see cref="QualityAccess"/>), and the complainant's own views.</summary>
public sealed class ComplaintQueries(AppDbContext db, QualityAccess access, CurrentUser user, PersonalDataProtector protector, AgencyClock clock)
{
    public async Task<PagedResult<ComplaintListItem>> ListAsync(ComplaintFilter f, CancellationToken ct)
    {
        var today = clock.Today;
        var q = access.Complaints().AsNoTracking();
        if (f.UnitId is { } unit)
            q = q.Where(c => c.ServiceUnitId == unit);
        if (f.Status is { } status)
            q = q.Where(c => c.Status == status);
        if (f.Open)
            q = q.Where(c => c.Status != ComplaintStatus.Closed);
        if (f.Overdue)
            q = q.Where(c => (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Assigned) && c.DueOn < today);
        var page = new PageRequest(f.Page, f.PageSize);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Join(db.ServiceUnits, c => c.ServiceUnitId, u => u.Id, (c, u) => new { c, u.Name }).ToListAsync(ct);
        var items = rows.Select(x => new ComplaintListItem(x.c.Id, x.c.TrackingNumber, x.c.ServiceUnitId, x.Name, x.c.Category, x.c.Channel,
            x.c.Status, x.c.ReceivedAt, x.c.DueOn, x.c.IsOverdue(today), x.c.HandlerName,
            x.c.Anonymous ? "匿名" : Mask.Name(x.c.ComplainantName ?? "—"), x.c.Phone is { } p ? Mask.Phone(protector.Unprotect(p.Cipher)) : null)).ToList();
        return new PagedResult<ComplaintListItem>(items, page.SafePage, page.SafePageSize, total);
    }

    public Task<int> CountOverdueAsync(CancellationToken ct)
    {
        var today = clock.Today;
        return access.Complaints().CountAsync(c => (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Assigned) && c.DueOn < today, ct);
    }

    /// <summary>The complaint in full; every read is audited (it is a person's record).</summary>
    public async Task<ComplaintView> GetAsync(long id, CancellationToken ct)
    {
        var c = await access.Complaints().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var unitName = await db.ServiceUnits.Where(u => u.Id == c.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var key = QualityAccess.Key(c.Id);
        var actions = await db.CorrectiveActions.AsNoTracking()
            .Where(a => a.Source == CorrectiveActionSource.Complaint && a.SourceRef == key).OrderBy(a => a.Id)
            .Select(a => new LinkedAction(a.Id, a.Kind, a.Status, a.OwnerName, a.DueOn)).ToListAsync(ct);
        var phone = c.Phone is { } p ? protector.Unprotect(p.Cipher) : null;
        access.Read(QualityAccess.ComplaintEntity, c.Id, c.ServiceUnitId, phone is null ? "complaint" : "complaint,phone");
        var manages = access.ManagesUnit(c.ServiceUnitId);
        return new ComplaintView(c.Id, c.TrackingNumber, c.ServiceUnitId, unitName, c.Channel, c.Category, c.Description, c.ServiceDate,
            c.ComplainantName, c.Anonymous, phone, phone is null ? null : Mask.Phone(phone), c.WorkerId, c.EmployerId, c.ReceivedAt, c.DueOn,
            c.IsOverdue(clock.Today), c.Status, c.HandlerStaffId, c.HandlerName, c.Investigation, c.Resolution, c.Reply, c.RepliedAt, c.Satisfied,
            c.FeedbackComment, c.FeedbackAt, c.ClosedAt, c.Events, actions, c.Version, manages,
            manages || (c.HandlerStaffId is { } h && h == user.StaffMemberId));
    }

    /// <summary>The public lookup: the tracking number and the last four digits of the phone given with the complaint.</summary>
    public async Task<Complaint> FindForComplainantAsync(string? trackingNumber, string? phoneLast4, CancellationToken ct)
    {
        var number = (trackingNumber ?? "").Trim().ToUpperInvariant();
        var c = await db.Complaints.FirstOrDefaultAsync(x => x.TrackingNumber == number, ct);
        if (c?.Phone is not { } p || phoneLast4 is null || phoneLast4.Length != 4 || !protector.Unprotect(p.Cipher).EndsWith(phoneLast4, StringComparison.Ordinal))
            throw new NotFoundException("未找到该投诉，请核对投诉编号和联系电话后4位");
        return c;
    }

    /// <summary>The signed-in worker's or employer's own complaint.</summary>
    public async Task<Complaint> FindOwnAsync(long id, CancellationToken ct) =>
        await Own().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();

    public async Task<IReadOnlyList<ComplaintStatusView>> OwnListAsync(CancellationToken ct)
    {
        var list = await Own().AsNoTracking().OrderByDescending(c => c.ReceivedAt).Take(100).ToListAsync(ct);
        var result = new List<ComplaintStatusView>();
        foreach (var c in list)
            result.Add(await StatusAsync(c, ct));
        return result;
    }

    public async Task<ComplaintStatusView> StatusAsync(Complaint c, CancellationToken ct)
    {
        var unitName = await db.ServiceUnits.Where(u => u.Id == c.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var replied = c.Status is ComplaintStatus.Replied or ComplaintStatus.Closed;
        return new ComplaintStatusView(c.Id, c.TrackingNumber, unitName, c.Category, c.Status, c.ReceivedAt, c.DueOn, replied ? c.Reply : null,
            replied ? c.RepliedAt : null, c.Satisfied, c.FeedbackComment, c.Status == ComplaintStatus.Replied, c.Version);
    }

    private IQueryable<Complaint> Own()
    {
        if (user.IsInRole(Roles.Worker) && user.WorkerId is { } w)
            return db.Complaints.Where(c => c.WorkerId == w);
        if (user.IsInRole(Roles.Employer) && user.EmployerId is { } e)
            return db.Complaints.Where(c => c.EmployerId == e);
        return db.Complaints.Where(_ => false);
    }
}
