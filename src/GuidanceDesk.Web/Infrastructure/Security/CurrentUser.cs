using System.Security.Claims;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Security;

/// <summary>
/// Who is asking, read once per request from the claims (see <see cref="AppClaims"/>): roles, unit (null = city
/// level), and for portal users the worker or employer they are. Scoping rules live here so that every query
/// applies the same ones.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => Principal.Identity?.Name;
    /// <summary>The person's name as case histories show it (falls back to the user name).</summary>
    public string DisplayName => Principal.FindFirstValue(AppClaims.DisplayName) ?? UserName ?? "";
    public bool IsInRole(string role) => Principal.IsInRole(role);
    public long? ServiceUnitId => ReadLong(AppClaims.ServiceUnitId);
    public long? WorkerId => ReadLong(AppClaims.WorkerId);
    public long? EmployerId => ReadLong(AppClaims.EmployerId);
    public long? StaffMemberId => ReadLong(AppClaims.StaffMemberId);
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsStaff => IsInRole(Roles.Head) || IsInRole(Roles.Manager) || IsInRole(Roles.Counselor)
        || IsInRole(Roles.Custodian) || IsInRole(Roles.Admin);

    /// <summary>A staff account with no unit works at city level and sees every unit.</summary>
    public bool IsCityLevel => IsStaff && ServiceUnitId is null;

    /// <summary>Whether a record of <paramref name="unitId"/> is within this staff user's reach.</summary>
    public bool CanReachUnit(long unitId) => IsCityLevel || (IsStaff && ServiceUnitId == unitId);

    /// <summary>Workers this user may see: their unit's (staff), all (city level), or only themself (portal).</summary>
    public IQueryable<Worker> Scope(IQueryable<Worker> workers)
    {
        if (IsInRole(Roles.Worker))
            return WorkerId is { } self ? workers.Where(w => w.Id == self) : workers.Where(_ => false);
        if (!CanReadClients)
            return workers.Where(_ => false);
        return IsCityLevel ? workers : workers.Where(w => w.ServiceUnitId == ServiceUnitId);
    }

    public IQueryable<Employer> Scope(IQueryable<Employer> employers)
    {
        if (IsInRole(Roles.Employer))
            return EmployerId is { } self ? employers.Where(e => e.Id == self) : employers.Where(_ => false);
        if (!CanReadClients)
            return employers.Where(_ => false);
        return IsCityLevel ? employers : employers.Where(e => e.ServiceUnitId == ServiceUnitId);
    }

    /// <summary>
    /// Cases this user may see: a counselor the cases assigned or referred to them and the unit's unassigned ones; a
    /// manager, head or custodian the unit's and those referred into the unit; city-level staff all; a worker their own.
    /// </summary>
    public IQueryable<GuidanceCase> Scope(IQueryable<GuidanceCase> cases)
    {
        if (IsInRole(Roles.Worker))
            return WorkerId is { } self ? cases.Where(c => c.WorkerId == self) : cases.Where(_ => false);
        if (!CanReadClients)
            return cases.Where(_ => false);
        if (IsCityLevel)
            return cases;
        var unit = ServiceUnitId;
        if (SeesWholeUnit)
            return cases.Where(c => c.ServiceUnitId == unit || c.ReferralReceiverUnitId == unit);
        var me = StaffMemberId;
        // A case referred to this counselor (8.1) is theirs to study and take on, whichever unit it belongs to.
        return cases.Where(c => (c.ServiceUnitId == unit && c.CounselorId == null) || c.CounselorId == me
            || c.ReferralReceiverStaffId == me);
    }

    /// <summary>
    /// Whether one case, read by id, is within this user's reach: the rule of <see cref="Scope(IQueryable{GuidanceCase})"/>
    /// for a case already in memory. The case page and every case write read the case by id with a compiled query, which
    /// cannot take the scope's role-dependent filter; <c>CaseReachTests</c> holds the two to the same answers.
    /// </summary>
    public bool CanRead(GuidanceCase c) =>
        CanReadCase(c.ServiceUnitId, c.WorkerId, c.CounselorId, c.ReferralReceiverUnitId, c.ReferralReceiverStaffId);

    /// <summary><see cref="CanRead(GuidanceCase)"/> from the case's columns that decide it (for a case read as a projection).</summary>
    public bool CanReadCase(long unitId, long workerId, long? counselorId, long? referralUnitId, long? referralStaffId)
    {
        if (IsInRole(Roles.Worker))
            return WorkerId is { } self && workerId == self;
        if (!CanReadClients)
            return false;
        if (IsCityLevel)
            return true;
        var unit = ServiceUnitId;
        if (SeesWholeUnit)
            return unitId == unit || referralUnitId == unit;
        var me = StaffMemberId;
        return (unitId == unit && counselorId == null) || counselorId == me || referralStaffId == me;
    }

    /// <summary>
    /// Vacancies this user may see: an employer their own; staff every published vacancy in the city (matching and
    /// market work cross district lines) and their unit's drafts; anyone else the open ones.
    /// </summary>
    public IQueryable<Vacancy> Scope(IQueryable<Vacancy> vacancies)
    {
        if (IsInRole(Roles.Employer))
            return EmployerId is { } self ? vacancies.Where(v => v.EmployerId == self) : vacancies.Where(_ => false);
        if (!CanReadClients)
            return vacancies.Where(v => v.Status == VacancyStatus.Open);
        if (IsCityLevel)
            return vacancies;
        var unit = ServiceUnitId;
        return vacancies.Where(v => v.Status != VacancyStatus.Draft || v.ServiceUnitId == unit);
    }

    /// <summary>Who may change a vacancy: its employer, or guidance staff of the unit that owns it (city level: any).</summary>
    public bool CanEdit(Vacancy v) => IsInRole(Roles.Employer) ? EmployerId == v.EmployerId
        : (IsInRole(Roles.Head) || IsInRole(Roles.Manager) || IsInRole(Roles.Counselor)) && CanReachUnit(v.ServiceUnitId);

    /// <summary>Head, manager and custodian oversee every case of their unit; a counselor their own.</summary>
    public bool SeesWholeUnit => IsInRole(Roles.Head) || IsInRole(Roles.Manager) || IsInRole(Roles.Custodian);

    /// <summary>The admin runs the system but sees no client records (least privilege).</summary>
    public bool CanReadClients => IsInRole(Roles.Head) || IsInRole(Roles.Manager) || IsInRole(Roles.Counselor)
        || IsInRole(Roles.Custodian);

    private long? ReadLong(string type) =>
        long.TryParse(Principal.FindFirstValue(type), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}

public static class AppClaims
{
    public const string ServiceUnitId = "gd:unit";
    public const string WorkerId = "gd:worker";
    public const string EmployerId = "gd:employer";
    public const string StaffMemberId = "gd:staff";
    public const string DisplayName = "gd:name";
    public const string TwoFactorExempt = "gd:2fa-exempt";
}
