using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// Which unit a quality figure is for: staff of a unit always get their own (naming another is 404, as elsewhere);
/// city-level staff pick a unit or, with none, the whole city.
/// </summary>
public sealed class QualityScope(CurrentUser user)
{
    public bool IsCityLevel => user.IsCityLevel;
    public bool IsHead => user.IsInRole(Roles.Head);
    public bool IsManager => user.IsInRole(Roles.Manager);
    public Actor Actor => new(user.UserId ?? "", user.DisplayName);
    public string? UserId => user.UserId;

    public long? Resolve(long? requested)
    {
        if (user.IsCityLevel)
            return requested;
        if (user.ServiceUnitId is not { } own || (requested is { } r && r != own))
            throw new NotFoundException("服务单位不存在或无权查看");
        return own;
    }

    /// <summary>A unit-owned record the caller may reach; anything else is 404.</summary>
    public T Reach<T>(T? entity) where T : class, IUnitOwned =>
        entity is not null && user.CanReachUnit(entity.ServiceUnitId) ? entity : throw new NotFoundException();
}
