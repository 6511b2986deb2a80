using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

[Trait("Clause", "4.4")]
public sealed class DivisionCatalogTests
{
    private static DivisionCatalog Divisions => TestReferenceData.Set.Divisions;

    [Fact]
    public void HasThe38ChongqingDistrictsOrderedByCode()
    {
        var districts = Divisions.ChongqingDistricts;
        Assert.Equal(38, districts.Count);
        Assert.Equal(districts.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => d.Code), districts.Select(d => d.Code));
        Assert.Contains(districts, d => d is { Code: "500103", Name: "渝中区" });
        Assert.Equal("万州区", districts[0].Name);
        Assert.Equal("彭水苗族土家族自治县", districts[^1].Name);
        Assert.All(districts, d => Assert.StartsWith("50", d.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void FindsDistrictsAndRejectsOtherCodes()
    {
        Assert.Equal("渝中区", Divisions.FindDistrict("500103")?.Name);
        Assert.Equal("5001", Divisions.FindDistrict("500103")?.ParentCode);
        Assert.Equal("5002", Divisions.FindDistrict("500229")?.ParentCode); // 城口县
        Assert.Null(Divisions.FindDistrict("510104")); // Chengdu, not shipped
        Assert.Null(Divisions.FindDistrict("500103003")); // a township, not a district
        Assert.Null(Divisions.FindDistrict("500199"));
    }

    [Fact]
    public void HasAll1031TownshipsAndEachBelongsToADistrict()
    {
        var all = Divisions.ChongqingDistricts.SelectMany(d => Divisions.Townships(d.Code)).ToList();
        Assert.Equal(1031, all.Count);
        Assert.Equal(1031, all.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Divisions.ChongqingDistricts, d => Assert.NotEmpty(Divisions.Townships(d.Code)));
        Assert.All(all, t => Assert.True(Divisions.IsTownshipOf(t.Code, t.ParentCode!)));
    }

    [Fact]
    public void ListsTownshipsOfYuzhong()
    {
        var townships = Divisions.Townships("500103");
        Assert.Equal(11, townships.Count);
        Assert.Equal("500103001", townships[0].Code);
        Assert.Equal("七星岗街道", townships[0].Name);
        Assert.Contains(townships, t => t is { Code: "500103003", Name: "解放碑街道", ParentCode: "500103" });
        Assert.Empty(Divisions.Townships("510104"));
        Assert.Empty(Divisions.Townships("50"));
    }

    [Fact]
    public void ChecksTownshipMembership()
    {
        Assert.True(Divisions.IsTownshipOf("500103003", "500103"));
        Assert.False(Divisions.IsTownshipOf("500103003", "500104"));
        Assert.False(Divisions.IsTownshipOf("500103999", "500103"));
        Assert.Equal("解放碑街道", Divisions.FindTownship("500103003")?.Name);
        Assert.Null(Divisions.FindTownship("500103"));
    }

    [Fact]
    public void ListsProvincesAndCities()
    {
        Assert.Equal(31, Divisions.Provinces.Count);
        Assert.Contains(Divisions.Provinces, p => p is { Code: "50", Name: "重庆市", ParentCode: null });
        Assert.Contains(Divisions.Cities("51"), c => c is { Code: "5101", Name: "成都市", ParentCode: "51" });
        Assert.Equal(["5001", "5002"], Divisions.Cities("50").Select(c => c.Code));
        Assert.Empty(Divisions.Cities("99"));
    }

    [Theory]
    [InlineData("50", "重庆市")]
    [InlineData("5001", "重庆市")] // the "市辖区" placeholder is not a name
    [InlineData("500103", "重庆市渝中区")]
    [InlineData("500229", "重庆市城口县")] // under the "县" placeholder
    [InlineData("500103003", "重庆市渝中区解放碑街道")]
    [InlineData("51", "四川省")]
    [InlineData("5101", "四川省成都市")]
    [InlineData("1101", "北京市")]
    [InlineData("4290", "湖北省")] // "省直辖县级行政区划" placeholder
    [InlineData("510104", null)] // district outside Chongqing: not shipped
    [InlineData("999999", null)]
    [InlineData("", null)]
    public void BuildsFullNames(string code, string? expected) => Assert.Equal(expected, Divisions.FullName(code));
}
