using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's career assessment (5.1c, 7.1.6–7.1.7): one of the counselor's seekers has an agreed plan, a completed
/// RIASEC inventory and work-values inventory, and an issued report with its feedback, so that the report, its PDF and
/// the suggestions can be seen on first run. The answers are fixed (a social–enterprising profile), not random.
/// </summary>
public static class DemoAssessments
{
    private static readonly Dictionary<char, int> Interests = new() { ['R'] = 2, ['I'] = 3, ['A'] = 2, ['S'] = 5, ['E'] = 4, ['C'] = 3 };

    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<Worker> workers, StaffMember counselor, OccupationSuggester suggester,
        DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var worker = workers.Where(w => w.ServiceUnitId == counselor.ServiceUnitId && w.CounselorId == counselor.Id).Skip(12).FirstOrDefault();
        var riasec = await db.Instruments.FirstOrDefaultAsync(i => i.Code == "riasec-48", ct);
        var values = await db.Instruments.FirstOrDefaultAsync(i => i.Code == "work-values", ct);
        if (worker is null || riasec is null || values is null)
            return;
        var actor = new Actor("demo", counselor.Name);
        var started = now.AddDays(-6);
        var plan = new AssessmentPlan(worker.ServiceUnitId, worker.Id, null, counselor.Id, "了解职业兴趣和工作价值观，明确求职方向，为制定就业计划提供依据。",
            AssessmentMode.OnSite, today.AddDays(-6), [riasec.Id, values.Id], null, actor, started);
        db.AssessmentPlans.Add(plan);
        var consent = new ConsentRecord(worker.Id, ConsentKind.Assessment, ArchiveScope.None, today.AddDays(-6), Channel.Offline, "demo",
            PlanHandlers.ConsentNote, started);
        db.ConsentRecords.Add(consent);
        await db.SaveChangesAsync(ct);
        plan.Agree(Channel.Offline, consent.Id, counselor.Name, started);
        var done = new List<Assessment>();
        foreach (var instrument in new[] { riasec, values })
        {
            var d = InstrumentDefinition.Parse(instrument.Definition);
            var answers = d.Items.Select((item, n) => (int?)(d.Kind == InstrumentKind.Interest
                ? Math.Clamp(Interests[item.Scale[0]] + (n % 7 == 3 ? -1 : 0), 1, 5)
                : 2 + item.Scale[0] % 2 + n % 3)).ToArray();
            var a = new Assessment(plan, instrument, Administration.Hall);
            a.Start(Administration.Hall, started);
            a.Complete(InstrumentScorer.Score(d, answers), d.Items.Count, 9 * 60, null, started.AddMinutes(10));
            db.Assessments.Add(a);
            done.Add(a);
        }
        plan.Complete(started.AddMinutes(20));
        await db.SaveChangesAsync(ct);

        var interest = done[0];
        var six = Holland.Order.Select(c => (double)interest.Scores.First(s => s.Code == c.ToString()).Raw).ToList();
        var suggestions = await suggester.SuggestAsync(new SuggestionInput(six, interest.HollandCode!, worker.Education, worker.ResidenceDistrictCode),
            ReportHandlers.SuggestionCount, ct);
        var report = new CareerTendencyReport(plan, [.. done.Select(a => a.Id)], null, counselor.Id, started.AddDays(1));
        report.Edit("测评显示社会型与企业型兴趣突出，工作价值观看重与人合作和稳定保障。面谈中表达清楚、主动，曾在门店兼职做过导购，"
            + "具备与顾客沟通和处理一般问题的能力；办公软件操作较熟练，书面表达和数据处理尚需加强。综合来看，适合从事客户服务、销售、社区服务等与人打交道的工作。",
            "1. 参加客户服务方向的就业技能培训（两周内报名）；\n2. 一周内推荐 3 个客户服务或门店销售岗位；\n3. 一个月后复谈，必要时复测。",
            [.. suggestions.Take(6)], started.AddDays(1));
        report.Issue(counselor.Name, started.AddDays(1));
        report.RecordFeedback(today.AddDays(-4), Channel.Offline, "觉得结果和自己的想法比较一致，想先试试客户服务。", today, now.AddDays(-4));
        db.CareerTendencyReports.Add(report);
        await db.SaveChangesAsync(ct);
    }
}
