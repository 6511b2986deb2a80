using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>
/// Who reaches a third-party evaluation: the evaluator it was granted to (data only while the grant is open), and the
/// head and managers of its unit (city-level staff: all) who read the findings and act on them. Anything else is 404.
/// </summary>
public sealed class EvaluationAccess(AppDbContext db, CurrentUser user, AgencyClock clock, AuditLog audit)
{
    public const string EntityType = "ThirdPartyEvaluation";

    public bool IsEvaluator => user.IsInRole(Roles.Evaluator);
    public bool IsHead => user.IsInRole(Roles.Head);
    public bool IsCityLevel => user.IsCityLevel;
    public string UserId => user.UserId ?? "";
    public Actor Actor => new(user.UserId ?? "", user.DisplayName);
    public long? OwnUnit => user.ServiceUnitId;

    public IQueryable<ThirdPartyEvaluation> Visible()
    {
        if (IsEvaluator)
            return db.ThirdPartyEvaluations.Where(e => e.EvaluatorUserId == UserId);
        if (!(user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager)))
            return db.ThirdPartyEvaluations.Where(_ => false);
        if (user.IsCityLevel)
            return db.ThirdPartyEvaluations;
        var unit = user.ServiceUnitId;
        return db.ThirdPartyEvaluations.Where(e => e.ServiceUnitId == unit);
    }

    public async Task<ThirdPartyEvaluation> LoadAsync(long id, CancellationToken ct) =>
        await Visible().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("评价不存在或无权查看");

    /// <summary>The evaluator's own evaluation, open today: the only way to the de-identified data.</summary>
    public async Task<ThirdPartyEvaluation> OpenForEvaluatorAsync(long id, CancellationToken ct)
    {
        if (!IsEvaluator)
            throw new ForbiddenException("只有被授权的第三方评价机构可以查看去标识化数据");
        var e = await LoadAsync(id, ct);
        if (!e.IsOpenOn(clock.Today))
            throw new ForbiddenException(e.Status == ThirdPartyEvaluationStatus.Active ? "评价授权已过期" : "该评价已结束，数据访问已关闭");
        return e;
    }

    public void Changed(ThirdPartyEvaluation e, AuditAction action, string what) =>
        audit.Changed(db, action, EntityType, e.Id.ToString(CultureInfo.InvariantCulture), e.ServiceUnitId, what);

    public void Read(ThirdPartyEvaluation e, AuditAction action, string what) =>
        audit.Read(action, EntityType, e.Id.ToString(CultureInfo.InvariantCulture), e.ServiceUnitId, what);
}
