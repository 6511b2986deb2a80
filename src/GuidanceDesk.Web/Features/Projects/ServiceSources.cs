using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// One kind of service that counts as "services given" (服务人次) of a guidance project, counted for many projects in
/// one grouped query, inside each project's period. <b>Extension point:</b> group sessions (7.1.2) become one more
/// source — a class counting the attendances of sessions linked to the project, registered in
/// <see cref="ProjectSetup"/> — and the progress, the indicators, the page and the exports pick it up unchanged.
/// </summary>
public interface IProjectServiceSource
{
    /// <summary>Stable code name, as the API's <c>servicesBySource</c> lists it.</summary>
    string Code { get; }

    /// <summary>The label users see (Chinese, translated through the resources).</summary>
    string Label { get; }

    /// <summary>Services given per project id; projects with none may be missing from the answer.</summary>
    Task<Dictionary<long, int>> CountAsync(IQueryable<GuidanceProject> projects, CancellationToken ct);
}

/// <summary>Guidance records (过程记录, including the other PES services recorded) on the project's cases.</summary>
public sealed class GuidanceRecordSource(AppDbContext db) : IProjectServiceSource
{
    public string Code => "GuidanceRecords";
    public string Label => "个体指导及服务记录";

    public Task<Dictionary<long, int>> CountAsync(IQueryable<GuidanceProject> projects, CancellationToken ct) =>
        (from p in projects
         join c in db.GuidanceCases on (long?)p.Id equals c.GuidanceProjectId
         join r in db.GuidanceRecords on (long?)c.Id equals r.CaseId
         where r.OccurredAt >= p.CountsFrom && r.OccurredAt < p.CountsUntil
         group r by p.Id into g
         select new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
}

/// <summary>Completed assessments of the project's assessment plans, and interview-only plans carried out.</summary>
public sealed class AssessmentSource(AppDbContext db) : IProjectServiceSource
{
    public string Code => "Assessments";
    public string Label => "职业测评";

    public async Task<Dictionary<long, int>> CountAsync(IQueryable<GuidanceProject> projects, CancellationToken ct)
    {
        var tests = await (from p in projects
                           join pl in db.AssessmentPlans on (long?)p.Id equals pl.GuidanceProjectId
                           join a in db.Assessments on pl.Id equals a.PlanId
                           where a.Status == AssessmentStatus.Completed && a.CompletedAt >= p.CountsFrom && a.CompletedAt < p.CountsUntil
                           group a by p.Id into g
                           select new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var interviews = await (from p in projects
                                join pl in db.AssessmentPlans on (long?)p.Id equals pl.GuidanceProjectId
                                where pl.Mode == AssessmentMode.Interview && pl.Status == AssessmentPlanStatus.Completed
                                    && pl.ClosedAt >= p.CountsFrom && pl.ClosedAt < p.CountsUntil
                                group pl by p.Id into g
                                select new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        foreach (var (id, n) in interviews)
            tests[id] = tests.GetValueOrDefault(id) + n;
        return tests;
    }
}

/// <summary>Attendances at the project's group sessions that were held (7.1.2): one service per attendee.</summary>
public sealed class GroupSessionSource(AppDbContext db) : IProjectServiceSource
{
    public string Code => "GroupSessions";
    public string Label => "团体指导";

    public Task<Dictionary<long, int>> CountAsync(IQueryable<GuidanceProject> projects, CancellationToken ct) =>
        (from p in projects
         join s in db.GroupSessions on (long?)p.Id equals s.GuidanceProjectId
         join a in db.GroupSessionParticipants on s.Id equals a.GroupSessionId
         where a.Attended == true && s.HeldAt >= p.CountsFrom && s.HeldAt < p.CountsUntil
         group a by p.Id into g
         select new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
}
