using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Market;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo agency's market: the illustrative wage table (ReferenceData/market, NOT official figures) for this year,
/// and — when nothing else seeded vacancies — a few dozen vacancies of the demo employers, some open long, some paying
/// under the table, some from earlier quarters, so that the market pages, the trend and the hard-to-fill list show
/// something.
/// </summary>
public static class DemoMarket
{
    private static readonly (string Code, string Title, int PayMin, int PayMax, Education Education, int Years)[] Posts =
    [
        ("4-01-02-01", "门店营销员", 3500, 5000, Education.SeniorSecondary, 0),
        ("4-01-02-01", "渠道销售专员", 4000, 6500, Education.JuniorCollege, 1),
        ("2-02-10-03", "Java 开发工程师", 9000, 15000, Education.Bachelor, 3),
        ("2-02-10-03", "高级软件工程师", 8000, 11000, Education.Master, 5),
        ("4-03-02-01", "中式烹调师", 4500, 6500, Education.Unknown, 2),
        ("4-02-02-01", "城市公交驾驶员", 5500, 7000, Education.JuniorSecondary, 3),
        ("6-18-01-01", "数控车工", 4200, 6000, Education.SecondaryVocational, 1),
        ("6-22-01-01", "汽车生产线操作工", 3800, 5200, Education.JuniorSecondary, 0),
        ("2-05-08-01", "内科护士", 4000, 6000, Education.JuniorCollege, 1),
        ("4-10-01-01", "婴幼儿发展引导员", 3200, 4200, Education.SecondaryVocational, 2),
        ("4-04-05-01", "计算机程序设计员", 6000, 9000, Education.JuniorCollege, 2),
    ];

    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<Employer> employers, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "market", "wage-guidance-demo.csv");
        if (File.Exists(file) && !await db.WageGuidance.AnyAsync(ct))
        {
            await using var stream = File.OpenRead(file);
            foreach (var line in WageTableReader.Read(stream, file))
            {
                db.WageGuidance.Add(new WageGuidance(today.Year, OccupationCodes.Trimmed(line.Code), int.Parse(line.Low, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(line.Median, System.Globalization.CultureInfo.InvariantCulture), int.Parse(line.High, System.Globalization.CultureInfo.InvariantCulture), now));
            }
        }
        if (employers.Count > 0 && !await db.Vacancies.AnyAsync(ct))
        {
            for (var i = 0; i < 33; i++)
            {
                var p = Posts[i % Posts.Length];
                var e = employers[i % employers.Count];
                // A third opened recently, a third 45 days ago (still open: hard to fill), a third two quarters ago and expired.
                var age = (i % 3) switch { 0 => 5, 1 => 45, _ => 200 };
                var opened = today.AddDays(-age);
                var v = new Vacancy(e.ServiceUnitId, e.Id, VacancySource.Staff, now.AddDays(-age));
                v.Update(new VacancyDetails(p.Title, p.Code, null, 1 + (i % 4), e.DistrictCode, null, p.PayMin, p.PayMax, p.Education, p.Years,
                    null, null, ["沟通表达"], "做五休二", ContractType.FixedTerm, "五险一金", "（演示岗位）", opened,
                    age == 200 ? opened.AddDays(90) : today.AddDays(60)), now.AddDays(-age));
                v.Open(opened, now.AddDays(-age));
                if (age == 200)
                    v.ExpireIfDue(opened.AddDays(91), now.AddDays(-age + 91));
                db.Vacancies.Add(v);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
