using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo agency created on the first run of an empty database: two district centres, a user for every role and a
/// few dozen clients. Every person and organisation here is synthetic (made-up names, generated ID numbers).
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, PersonalDataProtector protector, TimeProvider time,
    Features.Assessments.OccupationSuggester suggester, Files.FileIntake intake, Features.GroupSessions.MaterialsDeadlines deadlines,
    Pdf.PdfFormFactory pdf)
{
    public const string Password = "Demo2026pass";

    public sealed record Account(string UserName, string Role, string Description, int? Unit);

    public static readonly IReadOnlyList<Account> Accounts =
    [
        new("admin", Roles.Admin, "系统管理员 (city level, no client records)", null),
        new("head", Roles.Head, "渝中区中心负责人 (two-factor exempt for the demo)", 0),
        new("manager", Roles.Manager, "渝中区专业管理人员", 0),
        new("counselor", Roles.Counselor, "渝中区职业指导人员", 0),
        new("counselor2", Roles.Counselor, "江北区职业指导人员", 1),
        new("custodian", Roles.Custodian, "渝中区档案管理员", 0),
        new("evaluator", Roles.Evaluator, "第三方评价机构", null),
        new("worker", Roles.Worker, "劳动者门户（演示求职者）", 0),
        new("worker2", Roles.Worker, "劳动者门户（演示求职者二）", 0),
        new("employer", Roles.Employer, "用人单位门户（演示企业）", 0),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓东", "雨桐"];

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(AgencyClock.ToLocal(now).DateTime);
        var units = new[] { NewUnit("重庆市渝中区就业和人才服务中心", "500103", today, now), NewUnit("重庆市江北区就业和人才服务中心", "500105", today, now) };
        db.ServiceUnits.AddRange(units);
        await db.SaveChangesAsync(ct);

        var staffByUser = new Dictionary<string, StaffMember>();
        foreach (var a in Accounts.Where(a => a.Unit is not null && a.Role is not (Roles.Worker or Roles.Employer)))
        {
            var staff = NewStaff(units[a.Unit!.Value].Id, a, today, now);
            db.StaffMembers.Add(staff);
            staffByUser[a.UserName] = staff;
        }
        await db.SaveChangesAsync(ct);

        var random = new Random(20240228);
        var workers = new List<Worker>();
        for (var i = 0; i < 40; i++)
        {
            var unit = units[i % 2];
            var counselor = i % 2 == 0 ? staffByUser["counselor"] : staffByUser["counselor2"];
            workers.Add(NewWorker(unit, counselor.Id, i, random, now));
        }
        db.Workers.AddRange(workers);
        var employers = Enumerable.Range(0, 10).Select(i => NewEmployer(units[i % 2], i, now)).ToList();
        db.Employers.AddRange(employers);
        await db.SaveChangesAsync(ct);

        foreach (var w in workers)
            db.ConsentRecords.Add(new ConsentRecord(w.Id, ConsentKind.ServiceAgreement, ArchiveScope.Text | ArchiveScope.Audio,
                today.AddDays(-random.Next(1, 200)), Channel.Offline, "demo", "演示数据", now));

        foreach (var a in Accounts)
        {
            var user = new AppUser
            {
                UserName = a.UserName,
                DisplayName = staffByUser.TryGetValue(a.UserName, out var named) ? named.Name
                    : a.Role == Roles.Worker ? PortalWorker(a, workers).Name : a.Description.Split(' ')[0],
                ServiceUnitId = a.Unit is { } u && a.Role is not (Roles.Worker or Roles.Employer) ? units[u].Id : null,
                StaffMemberId = staffByUser.TryGetValue(a.UserName, out var s) ? s.Id : null,
                WorkerId = a.Role == Roles.Worker ? PortalWorker(a, workers).Id : null,
                EmployerId = a.Role == Roles.Employer ? employers[0].Id : null,
                TwoFactorExempt = true,
                // Staff get (made-up) mobile numbers so that risk-alert texts have somewhere to go; the default sender only logs them.
                PhoneNumber = staffByUser.ContainsKey(a.UserName) ? "1380000" + (1000 + Accounts.ToList().IndexOf(a)).ToString(CultureInfo.InvariantCulture) : null,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, a.Role));
            s?.LinkUser(user.Id);
            if (a.Role == Roles.Worker)
                PortalWorker(a, workers).LinkUser(user.Id);
            if (a.Role == Roles.Employer)
                employers[0].LinkUser(user.Id);
        }
        await db.SaveChangesAsync(ct);
        await DemoGuidance.SeedAsync(db, workers, staffByUser["counselor"], today, now, ct);
        await DemoMarket.SeedAsync(db, employers, today, now, ct);
        await DemoPlacements.SeedAsync(db, workers, employers, staffByUser["counselor"], today, now, ct);
        await DemoAssessments.SeedAsync(db, workers, staffByUser["counselor"], suggester, today, now, ct);
        await DemoSafety.SeedAsync(db, staffByUser, now, ct);
        await DemoTraining.SeedAsync(db, today, now, ct);
        await DemoProjects.SeedAsync(db, workers, staffByUser, today, now, ct);
        await DemoPolicies.SeedAsync(db, units[0].Id, today, now, ct);
        await DemoGroupSessions.SeedAsync(db, intake, deadlines, pdf, workers, staffByUser["counselor"], today, now, ct);
        await DemoSurveys.SeedAsync(db, workers, staffByUser, now, ct);
        await DemoQuality.SeedAsync(db, protector, staffByUser, today, now, ct);
        await DemoPrivacy.SeedAsync(db, protector, PortalWorker(Accounts.First(a => a.UserName == "worker2"), workers), today, now, ct);
    }

    /// <summary>The two demo job seekers of the 渝中 centre: a college graduate and a rural migrant worker.</summary>
    private static Worker PortalWorker(Account a, List<Worker> workers) => a.UserName == "worker" ? workers[0] : workers[2];

    private static ServiceUnit NewUnit(string name, string district, DateOnly today, DateTimeOffset now)
    {
        var unit = new ServiceUnit(name, district, now);
        unit.Update(name, district, $"重庆市{(district == "500103" ? "渝中区" : "江北区")}示例路{district[^2..]}号", "023-6000000" + district[^1]);
        unit.SetQualification(new Qualification($"渝人社服〔2024〕{district[^3..]}号", "重庆市人力资源和社会保障局", today.AddYears(2)));
        foreach (var kind in Enum.GetValues<DocumentKind>().Where(k => district == "500103" || k != DocumentKind.EmergencyPlan))
            unit.AddDocument(kind, DocumentTitle(kind), "1.0", today.AddMonths(-6));
        return unit;
    }

    private static string DocumentTitle(DocumentKind kind) => kind switch
    {
        DocumentKind.GuidanceServiceRules => "职业指导服务制度",
        DocumentKind.TraineeRules => "学员管理制度",
        DocumentKind.StaffRules => "人员管理制度",
        DocumentKind.AdministrationRules => "行政后勤管理制度",
        DocumentKind.FinanceRules => "财务管理制度",
        _ => "突发事件应急预案",
    };

    private static StaffMember NewStaff(long unitId, Account a, DateOnly today, DateTimeOffset now)
    {
        var position = a.Role switch
        {
            Roles.Head => StaffPosition.Head, Roles.Manager => StaffPosition.Manager,
            Roles.Custodian => StaffPosition.Custodian, _ => StaffPosition.Counselor,
        };
        var name = a.UserName switch { "head" => "周建国", "manager" => "陈晓梅", "counselor" => "李明", "counselor2" => "王芳", _ => "刘静" };
        var staff = new StaffMember(unitId, name, position, now);
        staff.UpdateProfile(new StaffProfile(name, position, Education.Bachelor, 6, 4, a.UserName == "counselor2" ? 3 : 8, false, null,
            [a.Unit == 1 ? "500105" : "500103"], ["C", "I"]));
        staff.AddCertificate(CertificateKind.VocationalGuidanceWorker, 3, $"CQ2021{a.UserName.Length:D2}0001", "重庆市职业技能鉴定指导中心", today.AddYears(3));
        staff.AddTraining(today.AddMonths(-2), "职业指导政策与实务培训", a.UserName == "counselor" ? 24 : 42, "重庆市就业服务管理局");
        return staff;
    }

    private Worker NewWorker(ServiceUnit unit, long counselorId, int i, Random random, DateTimeOffset now)
    {
        var birth = new DateOnly(1970 + random.Next(0, 35), random.Next(1, 13), random.Next(1, 29));
        var female = i % 3 == 1;
        var id = SyntheticIdNumber(unit.DistrictCode, birth, 100 + (i * 2) + (female ? 0 : 1));
        var worker = new Worker(unit.Id, protector.ProtectForLookup(id), birth, female ? Gender.Female : Gender.Male, now);
        var phone = "1380000" + (1000 + i).ToString(CultureInfo.InvariantCulture);
        var groups = (i % 5) switch
        {
            0 => SpecialGroups.CollegeGraduate,
            1 => SpecialGroups.EmploymentAssistanceTarget,
            2 => SpecialGroups.RuralMigrantWorker,
            _ => SpecialGroups.None,
        };
        var name = Surnames[i % Surnames.Length] + GivenNames[(i * 7) % GivenNames.Length];
        worker.Update(new WorkerDetails(name, i % 2 == 0 ? HouseholdType.Urban : HouseholdType.Rural, unit.DistrictCode,
            unit.DistrictCode, null, null, (Education)(2 + (i % 5)), EmploymentStatus.Unemployed, groups,
            groups == SpecialGroups.CollegeGraduate ? Math.Max(birth.Year + 22, 2020) : null,
            groups == SpecialGroups.EmploymentAssistanceTarget ? AssistanceCategory.LongTermUnemployed : null,
            [], [new JobIntention("4-01-02-01", unit.DistrictCode, 4000 + (i * 100), null, "F")]),
            protector.ProtectForLookup(phone), now);
        worker.AssignCounselor(counselorId);
        return worker;
    }

    private static Employer NewEmployer(ServiceUnit unit, int i, DateTimeOffset now)
    {
        var code = SyntheticCreditCode(unit.DistrictCode, i);
        var employer = new Employer(unit.Id, code, now);
        string[] names = ["重庆山城示例科技有限公司", "重庆两江示例物流有限公司", "重庆嘉陵示例餐饮管理有限公司", "重庆渝州示例制造有限公司", "重庆朝天门示例商贸有限公司"];
        employer.Update(new EmployerDetails(names[i % names.Length].Replace("示例", "示例" + (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Industries.Sections[(i * 3) % 19].Code, (EnterpriseSize)(1 + (i % 4)), Ownership.Private, unit.DistrictCode, "重庆市示例大道" + (i + 1) + "号"), [], now);
        return employer;
    }

    /// <summary>An ID number that passes GB 11643 (right check character) but belongs to nobody.</summary>
    public static string SyntheticIdNumber(string region, DateOnly birth, int sequence)
    {
        var body = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (sequence % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return "0123456789X".Select(c => body + c).First(candidate => ResidentIdNumber.Check(candidate, DateOnly.MaxValue).IsValid);
    }

    /// <summary>A credit code with a correct GB 32100 check character, for a made-up organisation.</summary>
    public static string SyntheticCreditCode(string region, int n)
    {
        var body = "91" + region + "MA" + (n % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        return "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body + c).First(candidate => UnifiedSocialCreditCode.Check(candidate).IsValid);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
