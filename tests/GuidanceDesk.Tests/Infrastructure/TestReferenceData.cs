using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>
/// The shipped reference data as copied to the test output by the web project reference, loaded once
/// for all tests (it is immutable, so sharing it across parallel tests is safe).
/// </summary>
internal static class TestReferenceData
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "ReferenceData");

    private static readonly Lazy<ReferenceDataSet> Data = new(() => ReferenceDataSet.LoadFromDirectory(Root));

    public static ReferenceDataSet Set => Data.Value;
}
