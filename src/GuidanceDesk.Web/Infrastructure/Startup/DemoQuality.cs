using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's supervision (9.1): the agency's service disclosure, two complaints to the 渝中 centre (one being handled,
/// one closed with the complainant's feedback), a completed internal audit with two findings, and two corrective
/// actions (one open, one verified and closed). Complainants, findings and actions are invented, marked 示例.
/// </summary>
public static class DemoQuality
{
    public static async Task SeedAsync(AppDbContext db, PersonalDataProtector protector, IReadOnlyDictionary<string, StaffMember> staff,
        DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (!staff.TryGetValue("manager", out var manager) || !staff.TryGetValue("head", out var head) || !staff.TryGetValue("counselor", out var counselor))
            return;
        var unit = manager.ServiceUnitId;
        db.ServiceDisclosures.Add(new ServiceDisclosure(null, DisclosureDefaults.Content with { Notes = "（示例）以上为演示内容，请负责人按本单位实际修改。" }, head.Name, now.AddDays(-30)));

        var open = new Complaint(unit, ComplaintChannel.PublicForm, ComplaintCategory.WaitingTime,
            "（示例）上午10点到大厅咨询职业指导，取号后等了一个多小时才办理，现场没有人说明需要等多久。", today.AddDays(-2),
            new Complainant("张先生（示例）", false, protector.ProtectForLookup("13800009001"), null, null), WorkingDaysAfter(today.AddDays(-2), 5), now.AddDays(-2), "投诉人");
        var closed = new Complaint(unit, ComplaintChannel.PublicForm, ComplaintCategory.ServiceAttitude,
            "（示例）咨询灵活就业社保补贴时，窗口工作人员回答不耐烦，没有讲清楚需要哪些材料。", today.AddDays(-21),
            new Complainant(null, true, protector.ProtectForLookup("13800009002"), null, null), WorkingDaysAfter(today.AddDays(-20), 5), now.AddDays(-20), "投诉人");
        db.Complaints.AddRange(open, closed);
        await db.SaveChangesAsync(ct);
        open.AssignTrackingNumber(AgencyClock.ToLocal(now.AddDays(-2)).Year);
        closed.AssignTrackingNumber(AgencyClock.ToLocal(now.AddDays(-20)).Year);
        open.Assign(counselor.Id, counselor.Name, manager.Name, now.AddDays(-1));
        closed.Assign(counselor.Id, counselor.Name, manager.Name, now.AddDays(-19));
        closed.Respond("（示例）调阅当日窗口录像并与当班人员谈话，情况属实：高峰时段答复简单，未一次告知所需材料。",
            "（示例）对当班人员批评教育；整理《灵活就业社保补贴办理须知》放在窗口。", "（示例）您好，经核实您反映的情况属实，我们已对当班人员批评教育，并制作了办理须知，欢迎再来咨询。",
            counselor.Name, now.AddDays(-17));
        closed.GiveFeedback(true, "（示例）答复及时，态度诚恳。", today, now.AddDays(-16));

        var audit = new InternalAudit(unit, AuditKind.Internal, "（示例）第三季度内部审核", "6.1 劳动者职业指导流程；7.2 档案管理", "陈晓梅、周建国", null,
            today.AddDays(-40), today.AddDays(-38), manager.Name, now.AddDays(-45));
        audit.Start(today.AddDays(-40));
        audit.AddFinding("7.2.1", "（示例）抽查 20 份个案档案，3 份缺少签字的服务协议。", FindingSeverity.MinorNonconformity, manager.Name, now.AddDays(-39));
        audit.AddFinding("6.1.5", "（示例）部分就业计划的跟进间隔超过约定周期，建议在工作台提醒。", FindingSeverity.Observation, head.Name, now.AddDays(-39));
        audit.Complete("（示例）流程总体符合标准要求，档案完整性需改进。", today.AddDays(-38));
        db.InternalAudits.Add(audit);
        await db.SaveChangesAsync(ct);

        var fromFinding = new CorrectiveAction(unit, CorrectiveActionKind.Corrective, CorrectiveActionSource.AuditFinding,
            CorrectiveActionHandlers.FindingRef(audit.Id, 1), $"{audit.Title} 发现 1（7.2.1，一般不符合）",
            "（示例）个案档案缺少签字的服务协议。", new ActionOwner(counselor.Id, counselor.Name), today.AddDays(10), today.AddDays(-37), manager.Name, now.AddDays(-37));
        fromFinding.Plan("（示例）登记时未核对协议是否签字，系统未强制上传。", "（示例）补签 3 份协议；登记时由专人核对。", counselor.Name, now.AddDays(-30));
        var fromComplaint = new CorrectiveAction(unit, CorrectiveActionKind.Corrective, CorrectiveActionSource.Complaint,
            QualityAccess.Key(closed.Id), $"投诉 {closed.TrackingNumber}（服务态度）", "（示例）窗口答复不耐烦，未一次告知办理材料。",
            new ActionOwner(counselor.Id, counselor.Name), today.AddDays(-10), today.AddDays(-16), manager.Name, now.AddDays(-16));
        fromComplaint.Plan("（示例）高峰时段人手不足，缺少书面办理须知。", "（示例）制作办理须知；高峰时段增开一个窗口。", counselor.Name, now.AddDays(-15));
        fromComplaint.Implement("（示例）须知已放在各窗口，周一、周五上午增开窗口。", counselor.Name, now.AddDays(-12));
        fromComplaint.Verify(true, "（示例）抽查两周，同类投诉未再发生。", manager.Id, manager.Name, null, today, now.AddDays(-3));
        fromComplaint.Close(manager.Name, now.AddDays(-3));
        db.CorrectiveActions.AddRange(fromFinding, fromComplaint);
        await db.SaveChangesAsync(ct);
        closed.NoteActionRaised(fromComplaint.Id, manager.Name, now.AddDays(-16));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Monday to Friday: the demo's dates only need to look right, not to follow the holiday notice.</summary>
    private static DateOnly WorkingDaysAfter(DateOnly from, int n)
    {
        var day = from;
        while (n > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                n--;
        }
        return day;
    }
}
