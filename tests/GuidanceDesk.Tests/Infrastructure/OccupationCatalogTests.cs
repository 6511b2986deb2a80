using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

[Trait("Clause", "4.4")]
public sealed class OccupationCatalogTests
{
    private static OccupationCatalog Occupations => TestReferenceData.Set.Occupations;

    [Fact]
    public void LoadsAllRowsWithLevelsAndFlags()
    {
        Assert.Equal(2048, Occupations.Count);
        Assert.Equal(8, Occupations.All.Count(o => o.Level == OccupationLevel.Major));
        Assert.Equal(72, Occupations.All.Count(o => o.Level == OccupationLevel.Medium));
        Assert.Equal(336, Occupations.All.Count(o => o.Level == OccupationLevel.Minor));
        Assert.Equal(1632, Occupations.All.Count(o => o.Level == OccupationLevel.Occupation));
        Assert.Equal(134, Occupations.All.Count(o => o.Green));
        Assert.Equal(95, Occupations.All.Count(o => o.Digital));
    }

    [Fact]
    public void FindsByCode()
    {
        var software = Occupations.Find("2-02-10-03");
        Assert.NotNull(software);
        Assert.Equal("计算机软件工程技术人员", software.Name);
        Assert.Equal(OccupationLevel.Occupation, software.Level);
        Assert.True(software.Digital);
        Assert.Contains("Java", software.Aliases);
        Assert.Equal(OccupationLevel.Major, Occupations.Find("2-00-00-00")?.Level);
        Assert.Null(Occupations.Find("9-99-99-99"));
    }

    [Fact]
    public void CodeListedAsGroupAndOccupationFindsTheOccupation()
    {
        // 2-03-01-00 appears twice in the data: as a minor group and as its single occupation.
        Assert.Equal(OccupationLevel.Occupation, Occupations.Find("2-03-01-00")?.Level);
        Assert.Single(Occupations.Search("2-03-01-00"));
    }

    [Fact]
    public void SearchesByCodePrefix()
    {
        var results = Occupations.Search("2-02", limit: 500);
        Assert.NotEmpty(results);
        Assert.All(results, o => Assert.StartsWith("2-02", o.Code, StringComparison.Ordinal));
        Assert.Contains(results, o => o.Code == "2-02-00-00");
        var firstGroup = results.ToList().FindIndex(o => o.Level != OccupationLevel.Occupation);
        Assert.All(results.Take(firstGroup), o => Assert.Equal(OccupationLevel.Occupation, o.Level));
        Assert.All(results.Skip(firstGroup), o => Assert.NotEqual(OccupationLevel.Occupation, o.Level));
        Assert.Equal(20, Occupations.Search("2-02").Count); // default limit
        Assert.Equal(Occupations.Search("2-02-10").Select(o => o.Code), Occupations.Search("20210").Select(o => o.Code));
    }

    [Fact]
    public void ExactCodeComesFirst()
    {
        var results = Occupations.Search("2-02-10-03");
        Assert.Equal("2-02-10-03", Assert.Single(results).Code);
    }

    [Fact]
    public void SearchesByNameWithExactBeforePrefixBeforeContains()
    {
        var results = Occupations.Search("人力资源", limit: 100);
        Assert.Contains(results, o => o.Code == "2-06-08-01"); // 人力资源管理专业人员 (prefix)
        Assert.Contains(results, o => o.Code == "4-07-03-04"); // 企业人力资源管理师 (contains)
        var prefixIndex = results.ToList().FindIndex(o => o.Code == "2-06-08-01");
        var containsIndex = results.ToList().FindIndex(o => o.Code == "4-07-03-04");
        Assert.True(prefixIndex < containsIndex);

        Assert.Equal("4-02-07-08", Occupations.Search("快递员")[0].Code); // exact name first
    }

    [Fact]
    public void SearchesByAlias()
    {
        Assert.Equal("4-07-05-01", Occupations.Search("保镖")[0].Code); // 保安员
        Assert.Contains(Occupations.Search("渗透测试"), o => o.Code == "4-04-04-04"); // 信息安全测试员
        Assert.Contains(Occupations.Search("hrbp"), o => o.Code == "2-06-08-01"); // case-insensitive
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("不存在的职业名称xyz")]
    public void ReturnsNothingForEmptyOrUnknownQueries(string query) => Assert.Empty(Occupations.Search(query));
}
