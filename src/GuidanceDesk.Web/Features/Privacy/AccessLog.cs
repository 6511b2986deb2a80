using System.Linq.Expressions;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>One read or change of a worker's record, as the head sees it: who (account, name, roles, unit), what, when, from where.</summary>
public sealed record AccessEntry(long Id, DateTimeOffset At, string? UserName, string? DisplayName, IReadOnlyList<string> Roles, string? UnitName,
    AuditAction Action, string EntityType, string? EntityId, string? Fields, string? IpAddress);

/// <summary>The same, as the worker sees it (PIPL art. 44, the right to know): which role of which unit, what, when — no staff names.</summary>
public sealed record PortalAccessEntry(DateTimeOffset At, IReadOnlyList<string> Roles, string? UnitName, AuditAction Action, string EntityType);

/// <summary>
/// 访问记录: who read or changed a worker's record and when (R-4.4d, 4.6.2b), from the audit log — the worker entry
/// itself, searches and exports that listed the worker (the ids are kept comma-separated), and the records about the
/// worker in other areas (cases and their archives, appointments, guidance records, assessments, referrals, placements,
/// complaints, requests, risk alerts). The head reads it for a worker of their unit; the worker reads their own, without
/// their own reads, without staff names, and without the risk-alert trail (the self-service export leaves it out too).
/// </summary>
public sealed class AccessLog(AppDbContext db, CurrentUser user)
{
    public async Task<PagedResult<AccessEntry>> ForWorkerAsync(long workerId, int page, int pageSize, CancellationToken ct)
    {
        if (!await user.Scope(db.Workers).AnyAsync(w => w.Id == workerId, ct))
            throw new NotFoundException();
        var query = db.AuditEntries.AsNoTracking().Where(await PredicateAsync(workerId, includeRisk: true, ct));
        var p = new PageRequest(page, pageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Id).Skip(p.Skip).Take(p.SafePageSize).ToListAsync(ct);
        var people = await PeopleAsync(rows.Select(a => a.UserId), ct);
        var items = rows.Select(a =>
        {
            var who = a.UserId is { } id ? people.GetValueOrDefault(id) : null;
            return new AccessEntry(a.Id, a.At, a.UserName, who?.DisplayName, who?.Roles ?? [], who?.Unit, a.Action, a.EntityType, a.EntityId, a.Fields, a.IpAddress);
        }).ToList();
        return new PagedResult<AccessEntry>(items, p.SafePage, p.SafePageSize, total);
    }

    /// <summary>The signed-in worker's own trail: staff reads and changes only.</summary>
    public async Task<PagedResult<PortalAccessEntry>> MineAsync(int page, int pageSize, CancellationToken ct)
    {
        var self = user.IsInRole(Roles.Worker) && user.WorkerId is { } w ? w : throw new ForbiddenException("请以劳动者身份登录");
        var me = user.UserId;
        var query = db.AuditEntries.AsNoTracking().Where(await PredicateAsync(self, includeRisk: false, ct))
            .Where(a => a.UserId != null && a.UserId != me && a.Action != AuditAction.SignIn && a.Action != AuditAction.SignInFailed);
        var p = new PageRequest(page, pageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Id).Skip(p.Skip).Take(p.SafePageSize)
            .Select(a => new { a.At, a.UserId, a.Action, a.EntityType }).ToListAsync(ct);
        var people = await PeopleAsync(rows.Select(a => a.UserId), ct);
        var items = rows.Select(a =>
        {
            var who = people.GetValueOrDefault(a.UserId!);
            return new PortalAccessEntry(a.At, who?.Roles ?? ["系统"], who?.Unit, a.Action, a.EntityType);
        }).ToList();
        return new PagedResult<PortalAccessEntry>(items, p.SafePage, p.SafePageSize, total);
    }

    private sealed record Person(string DisplayName, IReadOnlyList<string> Roles, string? Unit);

    private async Task<Dictionary<string, Person>> PeopleAsync(IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, Unit = db.ServiceUnits.Where(s => s.Id == u.ServiceUnitId).Select(s => s.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var roles = await (from ur in db.UserRoles where ids.Contains(ur.UserId) join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return users.ToDictionary(u => u.Id, u => new Person(u.DisplayName,
            [.. roles.Where(r => r.UserId == u.Id && r.Name != null).Select(r => RoleLabel(r.Name!))], u.Unit));
    }

    public static string RoleLabel(string role) => role switch
    {
        Roles.Head => "负责人", Roles.Manager => "专业管理人员", Roles.Counselor => "职业指导人员", Roles.Custodian => "档案管理员",
        Roles.Admin => "系统管理员", Roles.Evaluator => "第三方评价", Roles.Worker => "劳动者", Roles.Employer => "用人单位", _ => role,
    };

    /// <summary>The audit entries about this worker: their own entry, hit lists naming them, and the records about them elsewhere.</summary>
    private async Task<Expression<Func<AuditEntry, bool>>> PredicateAsync(long workerId, bool includeRisk, CancellationToken ct)
    {
        static List<string> Keys(IEnumerable<long> ids) => [.. ids.Select(Fmt.Id)];
        var self = Fmt.Id(workerId);
        var cases = Keys(await db.GuidanceCases.Where(c => c.WorkerId == workerId).Select(c => c.Id).ToListAsync(ct));
        var byType = new Dictionary<string, List<string>>
        {
            ["GuidanceCase"] = cases,
            ["CaseArchive"] = cases,
            ["ArchiveItem"] = Keys(await db.ArchiveItems.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            ["Appointment"] = Keys(await db.Appointments.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            ["GuidanceRecord"] = [.. Keys(await db.GuidanceRecords.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)), "worker:" + self],
            ["AssessmentPlan"] = Keys(await db.AssessmentPlans.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            ["Assessment"] = Keys(await db.Assessments.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            ["CareerTendencyReport"] = Keys(await db.CareerTendencyReports.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            ["CaseReferral"] = Keys(await db.CaseReferrals.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            ["Placement"] = Keys(await db.Placements.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            ["Complaint"] = Keys(await db.Complaints.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
            [RequestHandlers.EntityType] = Keys(await db.DataSubjectRequests.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct)),
        };
        if (includeRisk)
            byType["RiskAlert"] = Keys(await db.RiskAlerts.Where(x => x.WorkerId == workerId).Select(x => x.Id).ToListAsync(ct));

        var listed = "," + self + ",";
        Expression<Func<AuditEntry, bool>> predicate = a => a.EntityType == Workers.WorkerHandlers.EntityType
            && (a.EntityId == self || ((a.Action == AuditAction.Search || a.Action == AuditAction.Export) && ("," + a.EntityId + ",").Contains(listed)));
        foreach (var (type, keys) in byType.Where(t => t.Value.Count > 0))
            predicate = Or(predicate, a => a.EntityType == type && keys.Contains(a.EntityId!));
        // Case lists (searches) name the cases the same comma-separated way.
        foreach (var c in cases.Take(20))
        {
            var listedCase = "," + c + ",";
            predicate = Or(predicate, a => a.EntityType == "GuidanceCase" && a.Action == AuditAction.Search && ("," + a.EntityId + ",").Contains(listedCase));
        }
        return predicate;
    }

    private static Expression<Func<AuditEntry, bool>> Or(Expression<Func<AuditEntry, bool>> left, Expression<Func<AuditEntry, bool>> right)
    {
        var body = new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<AuditEntry, bool>>(Expression.OrElse(left.Body, body), left.Parameters[0]);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
