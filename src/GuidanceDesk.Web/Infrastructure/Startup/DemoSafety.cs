using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's safety net (8): a registry of outside agencies to refer to and the 渝中 centre's on-duty list for risk
/// alerts. The national hotlines are real public numbers (12356 psychological assistance, 12348 public legal services,
/// 12351 trade-union workers' line, 12385 disabled persons' services); the local agencies are examples, marked so,
/// with made-up numbers — an agency replaces them with its own partners.
/// </summary>
public static class DemoSafety
{
    public static async Task SeedAsync(AppDbContext db, IReadOnlyDictionary<string, StaffMember> staff, DateTimeOffset now, CancellationToken ct)
    {
        AgencyDetails[] agencies =
        [
            new("全国统一心理援助热线", AgencyKind.PsychologicalService, null, null, null, "12356", null, "24小时",
                "心理援助、心理危机干预；可为劳动者提供即时的电话心理支持。"),
            new("12348 公共法律服务热线", AgencyKind.LegalAid, null, null, null, "12348", null, "工作日 9:00–17:00",
                "法律咨询和法律援助申请指引，包括劳动争议、欠薪等。"),
            new("12351 职工服务热线（工会）", AgencyKind.TradeUnion, null, null, null, "12351", null, "工作日",
                "职工维权、困难职工帮扶、法律援助转介。"),
            new("12385 残疾人服务热线", AgencyKind.DisabilityFederation, null, null, null, "12385", null, "工作日",
                "残疾人就业、康复、辅助器具和权益维护咨询。"),
            new("渝中区心理健康服务中心（示例）", AgencyKind.PsychologicalService, "500103", "重庆市渝中区示例路 18 号", "赵医生", "023-60001001",
                null, "周一至周五 8:30–17:30", "心理咨询、心理评估，接受职业指导机构转介的求职压力、情绪困扰个案。"),
            new("渝中区社会救助服务站（示例）", AgencyKind.SocialAssistance, "500103", "重庆市渝中区示例路 26 号", "孙站长", "023-60001002",
                null, "周一至周五", "最低生活保障、临时救助和特困供养申请受理。"),
            new("重庆市示例医院心理门诊（示例）", AgencyKind.Medical, null, "重庆市渝中区示例路 99 号", null, "023-60001003",
                null, "门诊时间", "心理门诊、精神科诊疗、危机干预。"),
        ];
        foreach (var a in agencies)
            db.OutsideAgencies.Add(new OutsideAgency(a, now));
        if (staff.TryGetValue("manager", out var manager) && staff.TryGetValue("head", out var head))
            db.RiskDutyRosters.Add(new RiskDutyRoster(manager.ServiceUnitId,
                [new RiskDutyMember(manager.Id, RiskDuty.CrisisContact), new RiskDutyMember(head.Id, RiskDuty.Head)],
                RiskDutyRoster.DefaultEscalationMinutes, RiskDutyRoster.DefaultHotline));
        await db.SaveChangesAsync(ct);
    }
}
