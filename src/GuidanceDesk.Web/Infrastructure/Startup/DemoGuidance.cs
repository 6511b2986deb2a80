using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's guidance work, so that a counselor signing in sees a realistic day: published slots, today's
/// appointments, and cases at each stage (one with goals to confirm, one in follow-up with an overdue follow-up,
/// one whose plan ran out and is under review). The demo worker's own record is left without a case.
/// </summary>
public static class DemoGuidance
{
    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<Worker> workers, StaffMember counselor, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var actor = new Actor("demo", "演示数据");
        var unit = counselor.ServiceUnitId;
        // Two blocks of slots tomorrow and the day after; the first of each is held for employment-assistance targets.
        for (var day = 1; day <= 2; day++)
            for (var i = 0; i < 6; i++)
            {
                var start = AgencyClock.At(today.AddDays(day), new TimeOnly(9, 0)).AddMinutes(i * 30);
                db.CounselorSlots.Add(new CounselorSlot(unit, counselor.Id, start, start.AddMinutes(30), null, i == 0, now));
            }
        var mine = workers.Where(w => w.ServiceUnitId == unit && w.CounselorId == counselor.Id).Skip(1).ToList();
        // Today's queue: walk-ins already registered this morning, a target among them.
        for (var i = 0; i < 3 && i < mine.Count; i++)
        {
            var w = mine[i];
            var start = AgencyClock.At(today, new TimeOnly(14 + i, 0));
            db.Appointments.Add(new Appointment(unit, w.Id, counselor.Id, null, start, start.AddMinutes(45),
                new AppointmentRequest(ServiceItems.CareerGuidance | ServiceItems.PolicyConsultation, Channel.Offline, BookingSource.WalkIn,
                    "想了解求职方向和补贴政策"), w.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget), "demo", now.AddDays(-1)));
        }
        var stages = new[] { CaseStage.NeedsAssessment, CaseStage.FollowUp, CaseStage.PlanReview, CaseStage.Guidance, CaseStage.FollowUp };
        for (var i = 0; i < stages.Length && i + 3 < mine.Count; i++)
            await AddCaseAsync(db, mine[i + 3], counselor, stages[i], actor, today, now.AddDays(-60 + i), ct);
        await db.SaveChangesAsync(ct);
    }

    private static async Task AddCaseAsync(AppDbContext db, Worker w, StaffMember counselor, CaseStage target, Actor actor, DateOnly today,
        DateTimeOffset opened, CancellationToken ct)
    {
        var c = new GuidanceCase(w.ServiceUnitId, w.Id, Channel.Offline, actor, "预约到访，建立个案", opened);
        c.Assign(counselor.Id, actor, "沿用劳动者登记的职业指导人员", false, opened);
        c.RecordIntake(new IntakeNotes("失业三个月，积极求职但屡次面试未通过", "超市收银、仓库管理共5年", "行政文员或仓储管理",
            Difficulties.JobSearchMethods | Difficulties.Confidence, "不清楚如何准备面试"), opened);
        var facts = new StageFacts(1, 1, true);
        c.MoveTo(CaseStage.NeedsAssessment, facts, actor, "职业信息搜集完成", opened.AddHours(1));
        c.RecordNeeds(ServiceItems.CareerGuidance | ServiceItems.TrainingGuidance, "需提升面试技巧，考虑参加仓储管理培训", opened.AddHours(1));
        c.AddGoal("两个月内在本区找到仓储或行政岗位", null, opened.AddHours(1));
        db.GuidanceCases.Add(c);
        await db.SaveChangesAsync(ct);
        if (target == CaseStage.NeedsAssessment)
            return;
        c.ConfirmGoals(Channel.Offline, w.Name, opened.AddHours(1));
        c.MoveTo(CaseStage.Guidance, facts, actor, "目标已确认", opened.AddHours(2));
        db.GuidanceRecords.Add(new GuidanceRecord(w.ServiceUnitId, w.Id, c.Id, counselor.Id, new GuidanceRecordDetails(ServiceKind.Guidance,
            opened.AddHours(2), 50, Channel.Offline, ServiceItems.CareerGuidance, "分析求职经历，模拟面试一次，讲解简历写法",
            "每周投递不少于5份简历", "两周后复盘面试情况", null), "demo", opened.AddHours(2), ServedAs.Of(w)));
        if (target == CaseStage.Guidance)
            return;
        c.MoveTo(CaseStage.Planning, facts, actor, "已完成首次指导", opened.AddDays(3));
        var ended = target == CaseStage.PlanReview;
        var start = AgencyClock.DateOf(opened.AddDays(3));
        var end = ended ? today.AddDays(-2) : today.AddDays(10);
        var plan = new EmploymentPlan(w.ServiceUnitId, c.Id, w.Id, 1, null, new PlanTerms("两个月内实现就业", start, end, 14,
            [new PlanActionTerms(ActionKind.JobSearch, "每周投递5份简历并记录反馈", end), new PlanActionTerms(ActionKind.Training, "参加仓储管理短期培训", end)]),
            w.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget), opened.AddDays(3));
        db.EmploymentPlans.Add(plan);
        var dates = plan.Activate(new PlanAgreement(AgreementMethod.SignedInPerson, Channel.Offline, opened.AddDays(3), w.Name, "demo"), start, opened.AddDays(3));
        c.MoveTo(CaseStage.FollowUp, facts, actor, "劳动者签字同意就业计划", opened.AddDays(3));
        await db.SaveChangesAsync(ct);
        var followUps = dates.Select(d => new FollowUp(w.ServiceUnitId, c.Id, plan.Id, w.Id, counselor.Id, d)).ToList();
        db.FollowUps.AddRange(followUps);
        if (ended)
        {
            plan.Expire(opened.AddDays(58));
            followUps.ForEach(f => f.Cancel());
            c.OpenPlanReview(actor, "就业计划已到期，劳动者尚未就业（6.1.6）", opened.AddDays(58));
        }
        await db.SaveChangesAsync(ct);
    }
}
