using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Bench.Assessments;

/// <summary>
/// Realistic report models made with the app's own code: answers scored by <see cref="InstrumentScorer"/>, report parts by
/// <see cref="ReportModelBuilder"/>'s static helpers, ten suggestions from the shipped crosswalk ranked by profile fit.
/// </summary>
internal static class ReportSample
{
    private static readonly string[] Files = ["riasec-48-1.0.json", "ipip-neo-120-1.0.json", "work-values-1.0.json", "ability-self-rating-1.0.json"];

    public static CareerReportModel Make(int seed, OccupationProfiles profiles)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var actor = new Actor("bench", "测试指导员");
        var plan = new AssessmentPlan(1, 1, null, null, "了解职业兴趣", AssessmentMode.Online, DateOnly.FromDateTime(now.Date), [1, 2, 3, 4], null, actor, now);
        plan.Agree(Channel.Online, 1, "劳动者本人", now);
        ReportInterest? interest = null;
        var profilesOut = new List<ReportProfile>();
        IReadOnlyList<double>? six = null;
        string code = "";
        foreach (var file in Files)
        {
            var json = File.ReadAllText(Path.Combine(InstrumentCatalog.ShippedFolder, file));
            var d = InstrumentDefinition.Parse(json);
            var a = new Assessment(plan, new Instrument(d, json, "", now), Administration.Portal);
            var sheet = InstrumentScorer.Score(d, [.. d.Items.Select(_ => (int?)random.Next(1, 6))]);
            a.Complete(sheet, d.Items.Count, 600, null, now);
            if (d.Kind == InstrumentKind.Interest)
            {
                interest = ReportModelBuilder.Interest(a, d);
                six = [.. Holland.Order.Select(c => (double)a.Scores.First(s => s.Code == c.ToString()).Raw)];
                code = a.HollandCode!;
            }
            else
            {
                profilesOut.Add(ReportModelBuilder.Profile(a, d));
            }
        }
        var suggestions = profiles.All.Where(p => p.Suggest).Select(p => (p, fit: OccupationSuggester.Correlation(six!, p.Profile)))
            .OrderByDescending(x => x.fit).Take(10)
            .Select(x => new OccupationSuggestion(x.p.Code, x.p.Name, x.p.HollandCode, Math.Round(x.fit, 3), 80,
                OccupationSuggester.MarketText(1.3m, "渝中区"), 1.3m, x.p.MinEducation, true, x.p.TrainingRoute,
                $"兴趣契合：您的兴趣代码为 {code}，该职业的兴趣类型为 {x.p.HollandCode}\n市场：{OccupationSuggester.MarketText(1.3m, "渝中区")}\n学历：您已符合"))
            .ToList();
        return new CareerReportModel("渝中区就业和人才服务局", $"GD-CTR-2026-{seed:000000}", "2026-11-26 10:00", true, "2026-11-26", "李明", "李明",
            new ReportPerson("张三", "男", 24, "大学本科", "渝中区", "未就业", "高校毕业生", "5001**********0011"),
            [.. Files.Select(f => new ReportInstrument(f, "1.0", "网上作答", "2026-11-26", "12 分钟", [], "暂定参照值"))],
            interest, profilesOut,
            "测评显示其社会型与企业型兴趣突出，面谈中表达清楚、乐于与人交流，具备从事服务与销售类工作的基础能力；计算机操作熟练，书面表达尚需加强。",
            "参加客户服务岗位的就业技能培训；两周内推荐三个相关岗位；一个月后复谈。", suggestions, null, null, ReportTexts.Caveat,
            [OccupationProfiles.Attribution]);
    }

    public static OccupationProfiles Profiles() => new(OccupationCatalog.Load(
        Path.Combine(AppContext.BaseDirectory, "ReferenceData", "occupations", "csco2022-codes.csv")));
}
