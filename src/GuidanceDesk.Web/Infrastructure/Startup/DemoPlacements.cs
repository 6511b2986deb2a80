using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's job referral (7.1.4): open vacancies near the demo seekers' intentions (营销员 and related sales and retail
/// posts in 渝中 and 江北, a few elsewhere), and placements at several stages, some referred to the demo employer so
/// that its portal has candidates. Kept apart from <see cref="DemoData"/> so that the vacancy area can seed its own.
/// </summary>
public static class DemoPlacements
{
    private sealed record Post(string Title, string Code, string District, int PayMin, int PayMax, Education Education, int Years, string[] Skills);

    private static readonly Post[] Posts =
    [
        new("门店销售顾问", "4-01-02-01", "500103", 4500, 6500, Education.SeniorSecondary, 1, ["客户沟通", "收银"]),
        new("电话销售专员", "4-01-02-01", "500105", 4000, 7000, Education.JuniorCollege, 0, ["电话沟通"]),
        new("商场营业员", "4-01-02-03", "500103", 3800, 5000, Education.JuniorSecondary, 0, ["收银"]),
        new("区域销售代表", "4-01-02-01", "500112", 5000, 8000, Education.JuniorCollege, 2, ["客户开发"]),
        new("采购助理", "4-01-01-00", "500105", 4200, 5500, Education.JuniorCollege, 1, ["办公软件"]),
        new("仓库管理员", "4-02-06-01", "500106", 4000, 5200, Education.SeniorSecondary, 1, ["叉车"]),
        new("超市收银员", "4-01-02-03", "500116", 3300, 4200, Education.JuniorSecondary, 0, ["收银"]),
        new("软件测试工程师", "2-02-10-03", "500112", 7000, 11000, Education.Bachelor, 2, ["自动化测试"]),
    ];

    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<Worker> workers, IReadOnlyList<Employer> employers, StaffMember counselor,
        DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var vacancies = new List<Vacancy>();
        for (var i = 0; i < Posts.Length; i++)
        {
            var p = Posts[i];
            var employer = employers[i % 3 == 0 ? 0 : i % employers.Count];
            var v = new Vacancy(employer.ServiceUnitId, employer.Id, VacancySource.Staff, now.AddDays(-10 + i));
            v.Update(new VacancyDetails(p.Title, p.Code, null, 5, p.District, null, p.PayMin, p.PayMax, p.Education, p.Years, 18, 50,
                p.Skills, "每周五天，每天8小时", ContractType.FixedTerm, "五险一金", "负责" + p.Title + "岗位的日常工作",
                today.AddDays(-10 + i), today.AddDays(45)), now.AddDays(-10 + i));
            v.Open(today, now.AddDays(-10 + i));
            vacancies.Add(v);
        }
        db.Vacancies.AddRange(vacancies);
        await db.SaveChangesAsync(ct);

        // The counselor's seekers (after the portal worker and those with demo cases) get placements at several stages.
        var actor = new Actor("demo", "演示数据");
        var seekers = workers.Where(w => w.ServiceUnitId == counselor.ServiceUnitId && w.CounselorId == counselor.Id).Skip(9).Take(3).ToList();
        var match = new MatchResult(88, 100, true, [
            new MatchComponent(MatchFactor.Occupation, 40, 40, "同一职业（4-01-02-01 营销员）"),
            new MatchComponent(MatchFactor.District, 20, 20, "同一区县"),
            new MatchComponent(MatchFactor.Pay, 13, 15, "期望月薪 5,000 元 ≤ 岗位上限 6,500 元"),
            new MatchComponent(MatchFactor.Education, 10, 10, "学历满足要求"),
            new MatchComponent(MatchFactor.Experience, 5, 10, "工作经验少于要求"),
            new MatchComponent(MatchFactor.Age, 0, 5, "年龄不在岗位范围内"),
            AssessmentHook.None()]);
        for (var i = 0; i < seekers.Count; i++)
        {
            var at = now.AddDays(-5 + i);
            var p = new Placement(seekers[i].ServiceUnitId, seekers[i].Id, vacancies[0], null, counselor.Id, match, Channel.Offline, false, null, actor, at);
            p.Refer(actor, at.AddHours(1));
            if (i >= 1)
                p.RecordInterview(AgencyClock.DateOf(at.AddDays(2)), actor, at.AddDays(2));
            if (i == 2)
                p.Reject("面试中沟通表达不够流畅，建议加强训练后再推荐", actor, at.AddDays(3));
            db.Placements.Add(p);
        }
        await db.SaveChangesAsync(ct);
    }
}
