using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's guidance projects (4.6.1a) at the 渝中 centre: one running for this year's graduates, with some of the
/// demo cases linked, and one completed earlier with its evaluation — three cases closed under it, their figures frozen.
/// Both are examples, marked 示例.
/// </summary>
public static class DemoProjects
{
    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<Worker> workers, IReadOnlyDictionary<string, StaffMember> staff,
        DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (!staff.TryGetValue("manager", out var manager) || !staff.TryGetValue("counselor", out var counselor))
            return;
        var actor = new Actor("demo", "演示数据");
        var unit = manager.ServiceUnitId;

        var running = new GuidanceProject(unit, new ProjectDesign("2026届高校毕业生就业指导项目（示例）",
            "本区2026届高校毕业生离校未就业人数较上年增加，调查显示多数人职业方向不明确、缺乏求职方法，部分人有求职焦虑。",
            "渝中区2026届离校未就业高校毕业生", new TargetCriteria("500103", SpecialGroups.CollegeGraduate, 2026, null),
            "帮助目标群体明确职业方向、掌握求职方法，项目期内60%以上实现就业或参加见习、培训。",
            [new(IndicatorKind.PeopleReached, null, 30, null), new(IndicatorKind.ServicesGiven, null, 90, null),
             new(IndicatorKind.EmploymentOutcomes, null, 18, null), new(IndicatorKind.Satisfaction, null, 90, null),
             new(IndicatorKind.Custom, "举办毕业生专场招聘会", 2, "场")],
            [new(ScheduleKind.GroupSession, "求职技巧团体辅导：简历与面试", today.AddDays(-20), ScheduleStatus.Done, "到场 16 人"),
             new(ScheduleKind.Assessment, "职业兴趣测评（RIASEC）", today.AddDays(7), ScheduleStatus.Planned, null),
             new(ScheduleKind.IndividualGuidance, "一对一职业指导（每人不少于 3 次）", today.AddDays(30), ScheduleStatus.Planned, null),
             new(ScheduleKind.Training, "就业见习岗位对接与岗前培训", today.AddDays(60), ScheduleStatus.Planned, null)],
            manager.Id, [counselor.Id], "团体辅导场地由中心提供；测评使用平台工具；招聘会场地费约 3000 元（就业专项资金）。",
            today.AddDays(-70), today.AddDays(75)), actor, now.AddDays(-71));
        running.Activate(now.AddDays(-70));
        db.GuidanceProjects.Add(running);
        await db.SaveChangesAsync(ct);
        var open = await db.GuidanceCases.Where(c => c.ServiceUnitId == unit && c.Stage != CaseStage.Closed).OrderBy(c => c.Id).Take(3).ToListAsync(ct);
        open.ForEach(c => c.JoinProject(running));

        var done = new GuidanceProject(unit, new ProjectDesign("2026年春季就业援助对象再就业帮扶项目（示例）",
            "辖区就业援助对象中登记失业一年以上者占比较高，求职信心不足，技能与岗位需求不匹配。",
            "渝中区登记失业一年以上的就业援助对象", new TargetCriteria("500103", SpecialGroups.EmploymentAssistanceTarget, null, 12),
            "为目标群体提供一对一帮扶，促进再就业。",
            [new(IndicatorKind.PeopleReached, null, 5, null), new(IndicatorKind.ServicesGiven, null, 8, null),
             new(IndicatorKind.EmploymentOutcomes, null, 3, null), new(IndicatorKind.Satisfaction, null, 90, null)],
            [new(ScheduleKind.IndividualGuidance, "一对一帮扶面谈", today.AddDays(-100), ScheduleStatus.Done, null),
             new(ScheduleKind.Training, "仓储管理短期培训", today.AddDays(-60), ScheduleStatus.Done, null)],
            manager.Id, [counselor.Id], "培训补贴按政策申领。", today.AddDays(-120), today.AddDays(-20)), actor, now.AddDays(-121));
        done.Activate(now.AddDays(-120));
        db.GuidanceProjects.Add(done);
        await db.SaveChangesAsync(ct);
        var targets = workers.Where(w => w.ServiceUnitId == unit).Reverse().Take(3).ToList();
        OutcomeKind[] outcomes = [OutcomeKind.Employed, OutcomeKind.Employed, OutcomeKind.Training];
        for (var i = 0; i < targets.Count; i++)
            await ClosedCaseAsync(db, targets[i], counselor, done, outcomes[i], actor, now.AddDays(-110 + (i * 10)), ct);
        // Figures at evaluation: 3 people, 3 records, 2 employed; satisfaction from the paper feedback forms.
        done.Complete(new Dictionary<IndicatorKind, decimal?>
            {
                [IndicatorKind.PeopleReached] = targets.Count, [IndicatorKind.ServicesGiven] = targets.Count,
                [IndicatorKind.EmploymentOutcomes] = outcomes.Take(targets.Count).Count(o => o == OutcomeKind.Employed),
            },
            new Dictionary<int, decimal?> { [4] = 92 }, EvaluationRating.Pass,
            "服务对象均接受了一对一帮扶，2人实现就业、1人参加培训；服务人数和服务人次未达目标，主要因项目前期宣传不足。",
            "下一期提前通过社区摸排目标人员，增加团体指导，满意度调查改用平台问卷。", new Actor("demo", manager.Name), now.AddDays(-18));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A case served under the project and closed with an outcome within its period.</summary>
    private static async Task ClosedCaseAsync(AppDbContext db, Worker w, StaffMember counselor, GuidanceProject project, OutcomeKind outcome,
        Actor actor, DateTimeOffset opened, CancellationToken ct)
    {
        var c = new GuidanceCase(w.ServiceUnitId, w.Id, Channel.Offline, actor, "帮扶项目摸排，建立个案", opened);
        c.Assign(counselor.Id, actor, "帮扶项目指定", false, opened);
        c.RecordIntake(new IntakeNotes("失业一年以上，求职信心不足", null, "仓储或物业岗位", Difficulties.Confidence | Difficulties.LackOfSkills, null), opened);
        c.JoinProject(project);
        db.GuidanceCases.Add(c);
        await db.SaveChangesAsync(ct);
        db.GuidanceRecords.Add(new GuidanceRecord(w.ServiceUnitId, w.Id, c.Id, counselor.Id, new GuidanceRecordDetails(ServiceKind.Guidance,
            opened.AddHours(1), 40, Channel.Offline, ServiceItems.CareerGuidance, "一对一帮扶面谈：梳理求职经历，推荐培训和岗位", null, null, null),
            "demo", opened.AddHours(1), ServedAs.Of(w)));
        c.Close(outcome == OutcomeKind.Employed
            ? new CaseOutcome(outcome, "重庆示例物业服务有限公司", null, "4-01-02-01", AgencyClock.DateOf(opened.AddDays(20)), 4200, null)
            : new CaseOutcome(outcome, null, null, null, null, null, "参加仓储管理短期培训"), ServedAs.Of(w), actor, "帮扶结束", opened.AddDays(20));
        await db.SaveChangesAsync(ct);
    }
}
