using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's satisfaction surveys (9.2.1): 30 answered feedback forms spread over the last four quarters for the demo
/// units' workers (answers made up, drawn so that perceived value trails quality and the dashboard has something to
/// say), a few invitations that expired unanswered, and one open invitation for the portal's demo worker.
/// </summary>
public static class DemoSurveys
{
    private static readonly string[] Comments =
    [
        "指导老师很耐心，帮我理清了求职方向。", "预约后等候时间有点长。", "希望线上指导的时间能更灵活一些。",
        "推荐的岗位和我的专业比较对口。", "政策讲得很清楚，补贴申请顺利。", "希望多举办行业专场的团体指导活动。",
    ];

    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<Worker> workers, IReadOnlyDictionary<string, StaffMember> staff,
        DateTimeOffset now, CancellationToken ct)
    {
        var rng = new Random(2026);
        var counselors = staff.Values.Where(s => s.Position == StaffPosition.Counselor).ToList();
        long? CounselorOf(long unit) => counselors.FirstOrDefault(c => c.ServiceUnitId == unit)?.Id;
        for (var i = 0; i < 34; i++)
        {
            var w = workers[i % workers.Count];
            var invited = now.AddDays(-(i * 10 + 5)).AddHours(-rng.Next(0, 8));
            var kind = i % 3 == 0 ? ServiceKind.PolicyConsultation : ServiceKind.Guidance;
            var links = new SurveyLinks(null, null, null, CounselorOf(w.ServiceUnitId), kind, i % 4 == 0 ? Channel.Online : Channel.Offline);
            var s = new SatisfactionSurvey(SurveyOccasion.GuidanceRecords, "demo:" + i.ToString(CultureInfo.InvariantCulture), w.ServiceUnitId,
                w.Id, null, links, invited, invited.AddDays(30));
            db.SatisfactionSurveys.Add(s);
            if (i % 9 == 8)
                continue; // expired unanswered
            var level = rng.Next(6, 10);
            int Item(Latent l) => Math.Clamp(level + l switch { Latent.Quality => 1, Latent.Value => -2, Latent.Expectation => -1, _ => 0 } + rng.Next(-1, 2), 1, 10);
            var answers = SurveyItems.All.Select(item => item.Latent == Latent.Complaint ? Math.Clamp(11 - level + rng.Next(-1, 2), 1, 10) : Item(item.Latent)).ToList();
            db.SatisfactionResponses.Add(s.Respond(answers, i % 4 == 1 ? Comments[i / 4 % Comments.Length] : null, ResponseMode.Portal, null,
                invited.AddDays(rng.Next(1, 5))));
        }

        // The portal's demo worker has one survey open, so the portal shows the card on first run.
        var mine = workers[0];
        db.SatisfactionSurveys.Add(new SatisfactionSurvey(SurveyOccasion.GuidanceRecords, "demo:open", mine.ServiceUnitId, mine.Id, null,
            new SurveyLinks(null, null, null, CounselorOf(mine.ServiceUnitId), ServiceKind.Guidance, Channel.Offline), now.AddDays(-1), now.AddDays(29)));
        await db.SaveChangesAsync(ct);
    }
}
