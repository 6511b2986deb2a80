using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// Who reaches a case referral: staff who reach its case, its sender and its receiver (even once the case has moved on
/// from them: the referral is their record too), the receiving unit's oversight, and the worker their own. Anything else
/// is 404. Every read and change by staff is audited.
/// </summary>
public sealed class ReferralAccess(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public const string EntityType = "CaseReferral";

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);
    public bool IsWorker => user.IsInRole(Roles.Worker);
    public long? StaffId => user.StaffMemberId;
    public string? UserId => user.UserId;

    public IQueryable<CaseReferral> Referrals()
    {
        if (IsWorker)
            return user.WorkerId is { } self ? db.CaseReferrals.Where(r => r.WorkerId == self) : db.CaseReferrals.Where(_ => false);
        if (!user.CanReadClients)
            return db.CaseReferrals.Where(_ => false);
        if (user.IsCityLevel)
            return db.CaseReferrals;
        var cases = user.Scope(db.GuidanceCases);
        var me = user.StaffMemberId;
        var unit = user.ServiceUnitId;
        var oversight = user.SeesWholeUnit;
        return db.CaseReferrals.Where(r => r.SenderStaffId == me || r.ReceiverStaffId == me
            || (oversight && (r.ServiceUnitId == unit || r.ReceiverUnitId == unit))
            || cases.Any(c => c.Id == r.CaseId));
    }

    /// <summary>
    /// The referrals a list shows (worklist, /Referrals): the caller's own, sent or received, and for oversight their
    /// unit's, in or out. Narrower than <see cref="Referrals"/> (no "any case I can see" clause), so that each branch is
    /// one index: with 5,000 referrals under way in the city the broad form took 31 ms a worklist on PostgreSQL.
    /// </summary>
    public IQueryable<CaseReferral> Listed()
    {
        if (IsWorker || !user.CanReadClients || user.IsCityLevel)
            return Referrals();
        var me = user.StaffMemberId;
        var unit = user.ServiceUnitId;
        return user.SeesWholeUnit
            ? db.CaseReferrals.Where(r => r.ServiceUnitId == unit || r.ReceiverUnitId == unit || r.SenderStaffId == me || r.ReceiverStaffId == me)
            : db.CaseReferrals.Where(r => r.SenderStaffId == me || r.ReceiverStaffId == me);
    }

    public async Task<CaseReferral> LoadAsync(long id, CancellationToken ct) =>
        await Referrals().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();

    /// <summary>Referral work is for guidance staff (counselor, manager, head); a worker only consents or withdraws.</summary>
    public void EnsureCaseWorker()
    {
        if (IsWorker || !(user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head)))
            throw new ForbiddenException("只有职业指导人员、专业管理人员或负责人可以办理个案转介");
    }

    /// <summary>The receiving counselor, or a manager or head of the receiving unit on their behalf.</summary>
    public bool IsReceiver(CaseReferral r) => r.ReceiverStaffId is { } s && (s == user.StaffMemberId
        || (user.SeesWholeUnit && !user.IsInRole(Roles.Custodian) && user.ServiceUnitId == r.ReceiverUnitId) || user.IsCityLevel);

    /// <summary>The sender, or a manager or head of the sending unit.</summary>
    public bool IsSenderSide(CaseReferral r) => r.SenderStaffId == user.StaffMemberId || r.SenderUserId == user.UserId
        || (user.SeesWholeUnit && !user.IsInRole(Roles.Custodian) && user.ServiceUnitId == r.ServiceUnitId) || user.IsCityLevel;

    public void EnsureReceiver(CaseReferral r)
    {
        EnsureCaseWorker();
        if (!IsReceiver(r))
            throw new ForbiddenException("只有接收的职业指导人员（或接收单位的管理人员）可以办理");
    }

    public void EnsureSenderSide(CaseReferral r)
    {
        EnsureCaseWorker();
        if (!IsSenderSide(r))
            throw new ForbiddenException("只有转出的职业指导人员（或转出单位的管理人员）可以办理");
    }

    public void Changed(CaseReferral r, AuditAction action, string what) =>
        audit.Changed(db, action, EntityType, Key(r.Id), r.ServiceUnitId, what);

    public void Read(CaseReferral r, string what) =>
        audit.Read(AuditAction.View, EntityType, Key(r.Id), r.ServiceUnitId, what);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
