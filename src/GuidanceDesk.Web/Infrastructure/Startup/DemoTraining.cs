using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's registry of training providers (7.1.5), all invented and marked 示例, in four districts: two in good
/// standing, one whose school licence runs out in 20 days (the expiry flag), one whose last safety check failed (not
/// recommendable) — so that every badge of the registry shows. Courses are for occupations of the 2022 classification.
/// </summary>
public static class DemoTraining
{
    public static async Task SeedAsync(AppDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var yuzhong = Provider("重庆渝中示例职业培训学校", "500103", "重庆市渝中区示例路 66 号", "023-60002001", 1,
            "养老护理、中式烹调、电子商务等职业技能培训", today, now, licenceDays: 600, safetyPassed: true);
        var jiangbei = Provider("重庆江北示例技能培训中心", "500105", "重庆市江北区示例大道 8 号", "023-60002002", 2,
            "电工、焊工等工业技能培训；职业技能等级认定", today, now, licenceDays: 20, safetyPassed: true);
        var shapingba = Provider("重庆沙坪坝示例家政培训学校", "500106", "重庆市沙坪坝区示例街 12 号", "023-60002003", 3,
            "家政服务、保育等生活服务类培训", today, now, licenceDays: 400, safetyPassed: false);
        var jiulongpo = Provider("重庆九龙坡示例汽修培训学校", "500107", "重庆市九龙坡区示例路 100 号", "023-60002004", 4,
            "汽车维修、互联网营销培训", today, now, licenceDays: 900, safetyPassed: true);
        db.TrainingProviders.AddRange(yuzhong, jiangbei, shapingba, jiulongpo);
        await db.SaveChangesAsync(ct);

        const string subsidy = "符合条件的登记失业人员、农村转移劳动力、毕业年度高校毕业生取证后可申请职业培训补贴";
        db.TrainingCourses.AddRange(
            Course(yuzhong, "养老护理员（五级/初级工）培训班", "4-10-01-05", SkillLevel.Junior, subsidy, today.AddDays(10), 30, 120, 1800, now),
            Course(yuzhong, "中式烹调师（四级/中级工）培训班", "4-03-02-01", SkillLevel.Intermediate, subsidy, today.AddDays(21), 45, 180, 2600, now),
            Course(yuzhong, "电子商务师 网店运营专项培训", "4-01-06-01", SkillLevel.SpecialAbility, null, today.AddDays(5), 20, 64, 1200, now,
                Channel.Online),
            Course(jiangbei, "电工（四级/中级工）培训班", "6-31-01-03", SkillLevel.Intermediate, subsidy, today.AddDays(14), 40, 200, 3200, now),
            Course(jiangbei, "焊工（五级/初级工）培训班", "6-18-02-04", SkillLevel.Junior, subsidy, today.AddDays(30), 30, 160, 2800, now),
            Course(shapingba, "家政服务员（五级/初级工）培训班", "4-10-01-06", SkillLevel.Junior, subsidy, today.AddDays(7), 15, 80, 900, now),
            Course(shapingba, "保育师（五级/初级工）培训班", "4-10-01-03", SkillLevel.Junior, subsidy, today.AddDays(20), 20, 100, 1500, now),
            Course(jiulongpo, "汽车维修工（四级/中级工）培训班", "4-12-01-01", SkillLevel.Intermediate, subsidy, today.AddDays(12), 60, 240, 4200, now),
            Course(jiulongpo, "互联网营销师 直播销售专项培训", "4-01-06-02", SkillLevel.SpecialAbility, null, today.AddDays(3), 10, 40, 0, now,
                Channel.Online));
        await db.SaveChangesAsync(ct);
    }

    private static TrainingProvider Provider(string name, string district, string address, string phone, int n, string scope, DateOnly today,
        DateTimeOffset now, int licenceDays, bool safetyPassed)
    {
        var p = new TrainingProvider(new ProviderDetails(name, DemoData.SyntheticCreditCode(district, 9_100_000 + n), district, address,
            "示例联系人", phone, null, scope), now);
        p.AddQualification(QualificationKind.BusinessLicence, "示例营业执照" + n, district == "500103" ? "重庆市渝中区市场监督管理局" : "区市场监督管理局",
            today.AddYears(-5), null, today);
        p.AddQualification(QualificationKind.SchoolLicence, $"教民15001{n}0000{n}号（示例）", "区人力资源和社会保障局",
            today.AddDays(licenceDays).AddYears(-5), today.AddDays(licenceDays), today);
        p.RecordCheck(ProviderCheckKind.Management, today.AddMonths(-3), "区人力资源和社会保障局职业能力建设科", true, "年度检查：教学管理、收费公示规范",
            "示例数据", today, now);
        p.RecordCheck(ProviderCheckKind.Safety, today.AddMonths(safetyPassed ? -2 : -1), "区人力社保局会同消防救援大队", safetyPassed,
            safetyPassed ? "消防设施、实训设备安全防护合格" : "实训楼安全出口堵塞、灭火器过期，限期整改", "示例数据", today, now);
        return p;
    }

    private static TrainingCourse Course(TrainingProvider p, string title, string occupation, SkillLevel level, string? subsidy, DateOnly starts,
        int days, int hours, decimal fee, DateTimeOffset now, Channel delivery = Channel.Offline) =>
        new(p.Id, new CourseDetails(title, occupation, level, subsidy is not null, subsidy, starts, starts.AddDays(days), hours, fee, 40,
            delivery, CourseStatus.Enrolling, null), now);
}
