using System.Diagnostics;
using GuidanceDesk.Web.Infrastructure.Calendar;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

[Trait("Clause", "4.4")]
public sealed class ReferenceDataSetTests
{
    [Fact]
    public void ReferenceDataIsCopiedToTheTestOutput()
    {
        Assert.True(File.Exists(Path.Combine(TestReferenceData.Root, "occupations", "csco2022-codes.csv")));
        Assert.True(File.Exists(Path.Combine(TestReferenceData.Root, "holidays", "2026.json")));
    }

    [Fact]
    public void LoadsQuickly()
    {
        var stopwatch = Stopwatch.StartNew();
        var data = ReferenceDataSet.LoadFromDirectory(TestReferenceData.Root);
        stopwatch.Stop();
        Assert.Equal(38, data.Divisions.ChongqingDistricts.Count);

        // Generous bound for a loaded 2-core CI machine; typically well under 200 ms.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void RegistersSingletons()
    {
        using var provider = new ServiceCollection().AddReferenceData(TestReferenceData.Root).BuildServiceProvider();
        var set = provider.GetRequiredService<ReferenceDataSet>();
        Assert.Same(set.Occupations, provider.GetRequiredService<OccupationCatalog>());
        Assert.Same(set.Divisions, provider.GetRequiredService<DivisionCatalog>());
        Assert.Same(set.Calendar, provider.GetRequiredService<WorkingDayCalendar>());
        Assert.Same(set, provider.GetRequiredService<ReferenceDataSet>());
    }

    [Fact]
    public void MissingFolderFailsAtRegistration()
    {
        var missing = Path.Combine(AppContext.BaseDirectory, "no-such-reference-data");
        Assert.ThrowsAny<IOException>(() => new ServiceCollection().AddReferenceData(missing));
    }
}
