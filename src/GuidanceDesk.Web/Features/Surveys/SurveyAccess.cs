using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// Who sees what of the surveys. Aggregates: city-level roles (the admin, the evaluator, staff without a unit) all units;
/// a unit's head, managers and custodian their unit; a counselor only their own aggregate, and only from
/// <see cref="CounselorMinimum"/> responses on, with no comments — so that no answer can be traced to a person.
/// Individual answers: nobody through the reports; the filed form is read by the unit's custodian, managers and head.
/// </summary>
public sealed class SurveyAccess(AppDbContext db, CurrentUser user)
{
    public const int CounselorMinimum = 5;

    public bool IsCounselorOnly => user.IsInRole(Roles.Counselor) && !user.SeesWholeUnit;

    public bool IsCityLevel => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Evaluator) || user.IsCityLevel;

    public bool CanEnterPaper => user.IsInRole(Roles.Custodian) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public bool CanRaiseActions => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public bool SeesComments => !IsCounselorOnly;

    public long? UnitId => IsCityLevel ? null : user.ServiceUnitId;

    public string UserId => user.UserId ?? "";

    /// <summary>The filter as the user may have it: a counselor's pinned to themselves, unit staff's to their unit.</summary>
    public IndexFilter Narrow(IndexFilter f)
    {
        if (IsCounselorOnly)
            return f with { UnitId = user.ServiceUnitId, CounselorId = user.StaffMemberId ?? -1, GroupBy = f.GroupBy == IndexGrouping.Counselor ? IndexGrouping.None : f.GroupBy };
        return IsCityLevel ? f : f with { UnitId = user.ServiceUnitId ?? -1 };
    }

    public IQueryable<SatisfactionResponse> Responses(IndexFilter f, DateTimeOffset from, DateTimeOffset to)
    {
        var q = db.SatisfactionResponses.Where(r => r.RespondedAt >= from && r.RespondedAt < to);
        return Apply(q, f);
    }

    public IQueryable<SatisfactionResponse> Apply(IQueryable<SatisfactionResponse> q, IndexFilter f)
    {
        if (f.UnitId is { } u)
            q = q.Where(r => r.ServiceUnitId == u);
        if (f.CounselorId is { } c)
            q = q.Where(r => r.CounselorId == c);
        if (f.Service is { } s)
            q = q.Where(r => r.Service == s);
        if (f.Channel is { } ch)
            q = q.Where(r => r.Channel == ch);
        return q;
    }

    public IQueryable<SatisfactionSurvey> Invitations(IndexFilter f, DateTimeOffset from, DateTimeOffset to)
    {
        var q = db.SatisfactionSurveys.Where(s => s.InvitedAt >= from && s.InvitedAt < to);
        if (f.UnitId is { } u)
            q = q.Where(r => r.ServiceUnitId == u);
        if (f.CounselorId is { } c)
            q = q.Where(r => r.CounselorId == c);
        if (f.Service is { } sv)
            q = q.Where(r => r.Service == sv);
        if (f.Channel is { } ch)
            q = q.Where(r => r.Channel == ch);
        return q;
    }

    /// <summary>An invitation a staff member may type a paper form in for: one of their unit's (any, for city level).</summary>
    public void EnsureCanEnter(SatisfactionSurvey s)
    {
        if (!CanEnterPaper)
            throw new ForbiddenException("纸质满意度反馈表由档案管理员或专业管理人员录入");
        if (!IsCityLevel && s.ServiceUnitId != user.ServiceUnitId)
            throw new NotFoundException();
    }
}
