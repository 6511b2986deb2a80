using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// <c>generate --vacancies [N] [--open M]</c>: adds N vacancies (default 500,000) of the city's employers, M of them
/// open (default 100,000), the rest filled, withdrawn or expired over the last two years so that quarterly market
/// figures have a history. Written through the domain (<see cref="Vacancy"/>'s own methods, so the rows are ones the
/// app could have written) and EF Core in batches. Migrations are applied first, which also fills SeekerIntentions
/// from the workers' JSON on a city generated before them.
/// </summary>
internal static class VacancyGenerator
{
    private static readonly string[] Skills = ["沟通表达", "团队协作", "办公软件", "驾驶证C1", "普通话", "英语四级", "CAD制图", "电工证", "叉车证", "收银", "客户服务", "数据分析", "焊工证", "厨师证", "护理", "财务软件"];
    private static readonly Weighted<Education> Educations = new([
        (Education.Unknown, 20), (Education.JuniorSecondary, 15), (Education.SeniorSecondary, 25), (Education.SecondaryVocational, 10),
        (Education.JuniorCollege, 15), (Education.Bachelor, 13), (Education.Master, 2)]);

    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var count = o.Get("vacancies") is { } v && v != "true" ? o.Int("vacancies", 500_000) : 500_000;
        var open = o.Int("open", 100_000);
        var batch = o.Int("batch", 5_000);
        var random = new Random(o.Int("seed", 20261128));
        var total = Stopwatch.StartNew();
        await using var app = AppHost.Build(target, demoData: false);
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        Console.WriteLine($"migrations: {total.Elapsed.TotalSeconds:F1} s");

        List<(long Id, long Unit, string District)> employers;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await db.Vacancies.AnyAsync() && !o.Flag("force"))
                throw new InvalidOperationException("The database already has vacancies; pass --force to add more.");
            employers = (await db.Employers.AsNoTracking().Select(e => new { e.Id, e.ServiceUnitId, e.DistrictCode }).ToListAsync())
                .Select(e => (e.Id, e.ServiceUnitId, e.DistrictCode)).ToList();
        }
        var occupations = app.Services.GetRequiredService<OccupationCatalog>().All.Where(x => x.Level == OccupationLevel.Occupation).ToList();
        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var watch = Stopwatch.StartNew();
        for (var done = 0; done < count; done += batch)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var list = new List<Vacancy>(batch);
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var (id, unit, district) = employers[random.Next(employers.Count)];
                list.Add(Make(i < open, id, unit, district, occupations[random.Next(occupations.Count)], today, now, random));
            }
            db.Vacancies.AddRange(list);
            await db.SaveChangesAsync();
            if ((done / batch) % 20 == 0)
                Console.WriteLine($"  {done + list.Count,9:N0} vacancies  {(done + list.Count) / watch.Elapsed.TotalSeconds,8:N0} rows/s");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TOTAL generate --vacancies {count:N0} ({open:N0} open) in {total.Elapsed.TotalSeconds:F1} s ({count / watch.Elapsed.TotalSeconds:N0} rows/s)"));
    }

    private static Vacancy Make(bool open, long employerId, long unit, string district, Occupation occupation, DateOnly today,
        DateTimeOffset now, Random r)
    {
        // Open: published in the last 120 days and closing after today. Ended: published in the last two years.
        var publishedDaysAgo = open ? r.Next(0, 120) : r.Next(30, 730);
        var published = now.AddDays(-publishedDaysAgo).AddMinutes(-r.Next(0, 600));
        var opensOn = today.AddDays(-publishedDaysAgo);
        var closesOn = open ? today.AddDays(r.Next(1, 180)) : opensOn.AddDays(r.Next(14, 180));
        var low = r.Next(25, 100) * 100;
        var details = new VacancyDetails(occupation.Name.Length > 30 ? occupation.Name[..30] : occupation.Name, occupation.Code, null,
            r.Next(1, 11), district, null, low, low + (r.Next(0, 40) * 100), Educations.Pick(r), r.NextDouble() < 0.5 ? 0 : r.Next(1, 6),
            r.NextDouble() < 0.7 ? 18 : null, r.NextDouble() < 0.3 ? r.Next(40, 61) : null,
            [Skills[r.Next(Skills.Length)], Skills[r.Next(Skills.Length)]], "每周五天，每天8小时",
            (ContractType)r.Next(1, 7), "五险一金", $"{occupation.Name}岗位，负责相关工作。", opensOn, closesOn);
        var v = new Vacancy(unit, employerId, r.NextDouble() < 0.6 ? VacancySource.Portal : VacancySource.Staff, published);
        v.Update(details, published);
        v.Open(opensOn, published);
        var hires = r.Next(0, details.Posts + 1);
        for (var h = 0; h < hires && v.IsOpen && (open ? h < details.Posts - 1 : true); h++)
            v.RecordHire(NotAfter(published.AddDays(r.Next(1, 30)), now));
        if (!open && v.IsOpen)
        {
            var ended = NotAfter(published.AddDays(r.Next(14, Math.Max(15, closesOn.DayNumber - opensOn.DayNumber + 1))), now);
            switch (r.Next(3))
            {
                case 0: v.MarkFilled(ended); break;
                case 1: v.Withdraw("招聘计划调整", ended); break;
                default: v.ExpireIfDue(closesOn.AddDays(1), ended); break;
            }
        }
        return v;
    }

    /// <summary>Nothing happens after the generator's "now": a change stamped in the future would look recent forever.</summary>
    private static DateTimeOffset NotAfter(DateTimeOffset at, DateTimeOffset now) => at > now ? now : at;
}
