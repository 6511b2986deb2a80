using System.Net;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using MiniExcelLibs;
using static GuidanceDesk.Tests.Features.Market.MarketKit;

namespace GuidanceDesk.Tests.Features.Market;

/// <summary>5.1a / 5.2a: wage guidance (工资指导价位) imported per year and looked up with fallbacks.</summary>
public abstract class WageGuidanceTests(AppFixture app)
{
    [Fact, Trait("Clause", "5.1a"), Trait("Clause", "5.2")]
    public async Task An_import_reports_each_refused_line_and_a_second_import_of_the_year_replaces_those_codes()
    {
        using var manager = await app.ClientAsAsync("manager");
        var report = await UploadAsync(manager, 2031, "wages.csv", Csv(
            "职业代码,职业名称,低位数,中位数,高位数",
            "4-01-02,销售人员,3000,5000,9000",
            "4-01-02-01,营销员,3100,5200,9400",
            "9-99-99,不存在,3000,4000,5000",
            "4-03-02,餐饮,3000,abc,6000",
            "4-03-02-01,中式烹调师,5000,4000,6000",
            "2-02-10-00,信息,5000,8000,15000",
            "2-02-10,信息重复,5000,8000,15000")).OkAsync();
        Assert.Equal(2, (int)report["imported"]!);
        Assert.Equal(0, (int)report["replaced"]!);
        var rejected = report["rejected"]!.AsArray().Select(r => ((int)r!["line"]!, (string)r["reason"]!)).ToList();
        Assert.Equal([(4, "职业代码不在《职业分类大典（2022年版）》中"), (5, "中位数不是整数"), (6, "须满足 0 < 低位数 ≤ 中位数 ≤ 高位数"),
            (7, "职业代码在文件中重复出现"), (8, "职业代码在文件中重复出现")], rejected);

        var again = await UploadAsync(manager, 2031, "wages.xlsx", Xlsx(("4-01-02", 3300, 5400, 9900), ("6-18-01", 3800, 5600, 8600))).OkAsync();
        Assert.Equal(1, (int)again["imported"]!);
        Assert.Equal(1, (int)again["replaced"]!);
        Assert.Empty(again["rejected"]!.AsArray());
        var list = await manager.GetFromJsonOkArrayAsync("/api/v1/market/wage-guidance?year=2031");
        Assert.Equal(5400, (int)list.Single(r => (string?)r!["occupationCode"] == "4-01-02")!["median"]!);
        Assert.Equal(5200, (int)list.Single(r => (string?)r!["occupationCode"] == "4-01-02-01")!["median"]!);

        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(counselor, 2031, "wages.csv", Csv("代码,低,中,高", "4,1,2,3"))).StatusCode);
        var noYear = await UploadAsync(manager, 1999, "wages.csv", Csv("代码,低,中,高", "4,1,2,3")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noYear["errors"]!.AsObject().ContainsKey("year"), noYear.ToJsonString());
    }

    [Fact, Trait("Clause", "5.1a")]
    public async Task The_lookup_falls_back_up_the_classification_and_to_the_previous_years_table()
    {
        using var manager = await app.ClientAsAsync("manager");
        await UploadAsync(manager, 2040, "w.csv", Csv("代码,低,中,高", "6-20,3400,4900,7500", "6-20-01-01,3600,5200,8000")).OkAsync();
        using var counselor = await app.ClientAsAsync("counselor");

        var exact = await counselor.GetFromJsonOkAsync("/api/v1/market/wage-guidance/lookup?code=6-20-01-01&year=2040");
        Assert.Equal("6-20-01-01", (string?)exact["code"]);
        Assert.False((bool)exact["isFallback"]!);

        var medium = await counselor.GetFromJsonOkAsync("/api/v1/market/wage-guidance/lookup?code=6-20-01-02&year=2041");
        Assert.Equal("6-20", (string?)medium["code"]);          // 6-20-01-02 and 6-20-01 have no row: the medium group
        Assert.Equal(2040, (int)medium["year"]!);                // 2041 has no table: 2040's
        Assert.Equal(4900, (int)medium["median"]!);
        Assert.Contains("沿用2040年", (string?)medium["source"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await counselor.GetAsync("/api/v1/market/wage-guidance/lookup?code=8-01-01-01&year=2040",
            TestContext.Current.CancellationToken)).StatusCode);
    }

    private static byte[] Xlsx(params (string Code, int Low, int Median, int High)[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => new Dictionary<string, object> { ["职业代码"] = r.Code, ["低位数"] = r.Low, ["中位数"] = r.Median, ["高位数"] = r.High }));
        return stream.ToArray();
    }
}

[Collection(OnSqlite.Name)]
public sealed class WageGuidanceSqliteTests(SqliteApp app) : WageGuidanceTests(app);

[Collection(OnPostgres.Name)]
public sealed class WageGuidancePostgresTests(PostgresApp app) : WageGuidanceTests(app);
