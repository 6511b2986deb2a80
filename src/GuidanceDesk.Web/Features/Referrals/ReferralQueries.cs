using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>Reads of case referrals, always through <see cref="ReferralAccess"/>; a staff read of one referral is audited.</summary>
public sealed class ReferralQueries(AppDbContext db, ReferralAccess access, CurrentUser user, AgencyClock clock)
{
    public async Task<ReferralView> GetAsync(long id, CancellationToken ct)
    {
        var r = await access.Referrals().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new Infrastructure.Http.NotFoundException();
        if (!access.IsWorker)
            access.Read(r, "referral");
        return (await ViewsAsync([r], ct))[0];
    }

    /// <summary>Every referral of a case, newest first (the chain on the case page).</summary>
    public async Task<IReadOnlyList<ReferralView>> ForCaseAsync(long caseId, CancellationToken ct) =>
        await ViewsAsync(await access.Referrals().AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.CreatedAt).Take(20).ToListAsync(ct), ct);

    /// <summary>The worker's own referrals that are under way or ended recently (portal).</summary>
    public async Task<IReadOnlyList<ReferralView>> MineAsync(CancellationToken ct) =>
        await ViewsAsync(await access.Referrals().AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(20).ToListAsync(ct), ct);

    /// <summary>
    /// Referrals in or out of the viewer (a counselor) or their unit (oversight). <paramref name="open"/>: only those under
    /// way, overdue first. Each line says what waits and until when.
    /// </summary>
    public async Task<IReadOnlyList<ReferralLine>> ListAsync(bool open, int take, CancellationToken ct)
    {
        var q = access.Listed().AsNoTracking();
        if (open)
            q = q.Where(r => ReferralHandlers.OpenStatuses.Contains(r.Status));
        // Only the columns a line shows (not the form's text and the history), with the names beside them: this runs on
        // every worklist, and one round trip costs more than the few key lookups of the open lines.
        var rows = await q.OrderByDescending(r => r.CreatedAt).Take(take).Select(r => new LineRow(r.Id, r.CaseId, r.WorkerId, r.ServiceUnitId,
            r.Status, r.Target, r.SenderName, r.ReceiverStaffId, r.ReceiverUnitId, r.AgencyId, r.Form.Urgency, r.CreatedAt, r.ConsentRecordId,
            r.AnswerDueOn, r.InterviewDueOn, r.InterviewAt,
            db.Workers.Where(w => w.Id == r.WorkerId).Select(w => w.Name).FirstOrDefault(),
            db.StaffMembers.Where(s => s.Id == r.ReceiverStaffId).Select(s => s.Name).FirstOrDefault(),
            db.OutsideAgencies.Where(a => a.Id == r.AgencyId).Select(a => a.Name).FirstOrDefault())).ToListAsync(ct);
        var today = clock.Today;
        var lines = rows.Select(r => Line(r, today)).ToList();
        return open ? [.. lines.OrderByDescending(l => l.Overdue).ThenBy(l => l.DueOn ?? DateOnly.MaxValue)] : lines;
    }

    private ReferralLine Line(LineRow r, DateOnly today)
    {
        var incoming = r.ReceiverStaffId is { } s && (s == user.StaffMemberId || (user.SeesWholeUnit && r.ReceiverUnitId == user.ServiceUnitId
            && r.ServiceUnitId != user.ServiceUnitId));
        var counselor = r.Target == ReferralTarget.Counselor;
        var (due, overdue, detail) = r.Status switch
        {
            ReferralStatus.Draft => ((DateOnly?)null, false, r.ConsentRecordId is null ? "待劳动者同意" : "劳动者已同意，待发出"),
            ReferralStatus.Sent => (r.AnswerDueOn, r.AnswerDueOn < today, counselor ? "待接收" : "待机构答复"),
            ReferralStatus.Accepted when counselor => (r.InterviewDueOn, r.InterviewDueOn < today, "已接收，待预约面谈（8.1.4）"),
            ReferralStatus.Accepted => (null, false, "机构已接收，待记录结果"),
            ReferralStatus.InterviewBooked => (AgencyClock.DateOf(r.InterviewAt!.Value), false, "已预约面谈，待记录结果"),
            _ => (null, false, ReferralLabels.Of(r.Status)),
        };
        return new ReferralLine(r.Id, r.CaseId, r.WorkerId, r.WorkerName ?? "", r.Status, r.Target, r.SenderName, r.ReceiverName, r.AgencyName,
            r.Urgency, r.CreatedAt, due, overdue, detail, incoming);
    }

    private async Task<IReadOnlyList<ReferralView>> ViewsAsync(List<CaseReferral> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return [];
        var names = await NamesAsync([.. rows.Select(r => r.WorkerId)], [.. rows.Select(r => r.ReceiverStaffId).OfType<long>()],
            [.. rows.Select(r => r.AgencyId).OfType<long>()], ct);
        var unitIds = rows.Select(r => r.ServiceUnitId).Concat(rows.Select(r => r.ReceiverUnitId).OfType<long>()).Distinct().ToList();
        var units = await db.ServiceUnits.Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var agencyIds = rows.Select(r => r.AgencyId).OfType<long>().Distinct().ToList();
        var contacts = await db.OutsideAgencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => string.Join(" · ", new[] { a.ContactPerson, a.Phone, a.Address }.Where(x => x is not null)), ct);
        var today = clock.Today;
        return [.. rows.Select(r => new ReferralView(r.Id, r.CaseId, r.WorkerId, names.Workers.GetValueOrDefault(r.WorkerId, ""), r.Status, r.Reason,
            r.Target, r.SenderName, r.SenderStaffId, units.GetValueOrDefault(r.ServiceUnitId, ""), r.ReceiverStaffId,
            r.ReceiverStaffId is { } s ? names.Staff.GetValueOrDefault(s) : null, r.ReceiverUnitId is { } u ? units.GetValueOrDefault(u) : null,
            r.AgencyId, r.AgencyId is { } a ? names.Agencies.GetValueOrDefault(a) : null, r.AgencyId is { } a2 ? contacts.GetValueOrDefault(a2) : null,
            r.Form, r.ConsentAt, r.ConsentChannel, r.CreatedAt, r.SentAt, r.AnswerDueOn, r.IsAnswerOverdue(today), r.AnsweredAt, r.AnsweredByName,
            r.AnswerNote, r.InterviewDueOn, r.IsInterviewOverdue(today), r.InterviewAt, r.AppointmentId, r.Outcome, r.ClosedAt,
            r.HandedOverRecordIds.Count, r.Events, r.Version, ActionsFor(r)))];
    }

    private ReferralActions ActionsFor(CaseReferral r)
    {
        if (access.IsWorker)
            return new ReferralActions(false, r.Status == ReferralStatus.Draft && r.ConsentRecordId is null, false, false, false, false, false, false, r.IsOpen);
        var staff = user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);
        var sender = staff && access.IsSenderSide(r);
        var receiver = staff && access.IsReceiver(r);
        var draft = r.Status == ReferralStatus.Draft;
        return new ReferralActions(
            EditForm: sender && draft,
            RecordConsent: sender && draft && r.ConsentRecordId is null,
            Send: sender && draft && r.ConsentRecordId is not null,
            Answer: receiver && r.Status == ReferralStatus.Sent && r.Target == ReferralTarget.Counselor,
            AgencyReply: sender && r.Status == ReferralStatus.Sent && r.Target == ReferralTarget.Agency,
            BookInterview: receiver && r.Status == ReferralStatus.Accepted && r.Target == ReferralTarget.Counselor,
            Complete: r.Target == ReferralTarget.Counselor ? receiver && r.Status == ReferralStatus.InterviewBooked
                : sender && r.Status == ReferralStatus.Accepted,
            Cancel: sender && r.Status is ReferralStatus.Draft or ReferralStatus.Sent,
            WithdrawConsent: sender && r.IsOpen && r.ConsentRecordId is not null);
    }

    private async Task<Names> NamesAsync(List<long> workerIds, List<long> staffIds, List<long> agencyIds, CancellationToken ct)
    {
        workerIds = [.. workerIds.Distinct()];
        staffIds = [.. staffIds.Distinct()];
        agencyIds = [.. agencyIds.Distinct()];
        return new Names(
            await db.Workers.Where(w => workerIds.Contains(w.Id)).Select(w => new { w.Id, w.Name }).ToDictionaryAsync(w => w.Id, w => w.Name, ct),
            await db.StaffMembers.Where(s => staffIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct),
            await db.OutsideAgencies.Where(a => agencyIds.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct));
    }

    private sealed record Names(Dictionary<long, string> Workers, Dictionary<long, string> Staff, Dictionary<long, string> Agencies);

    private sealed record LineRow(long Id, long CaseId, long WorkerId, long ServiceUnitId, ReferralStatus Status, ReferralTarget Target,
        string SenderName, long? ReceiverStaffId, long? ReceiverUnitId, long? AgencyId, ReferralUrgency Urgency, DateTimeOffset CreatedAt,
        long? ConsentRecordId, DateOnly? AnswerDueOn, DateOnly? InterviewDueOn, DateTimeOffset? InterviewAt, string? WorkerName,
        string? ReceiverName, string? AgencyName);
}
