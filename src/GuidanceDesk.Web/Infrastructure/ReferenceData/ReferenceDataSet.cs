using GuidanceDesk.Web.Infrastructure.Calendar;

namespace GuidanceDesk.Web.Infrastructure.ReferenceData;

/// <summary>All shipped reference data, loaded together from the ReferenceData folder.</summary>
public sealed class ReferenceDataSet(OccupationCatalog occupations, DivisionCatalog divisions, WorkingDayCalendar calendar)
{
    public OccupationCatalog Occupations { get; } = occupations;

    public DivisionCatalog Divisions { get; } = divisions;

    public WorkingDayCalendar Calendar { get; } = calendar;

    /// <param name="root">The ReferenceData folder (normally AppContext.BaseDirectory + "ReferenceData").</param>
    public static ReferenceDataSet LoadFromDirectory(string root) => new(
        OccupationCatalog.Load(Path.Combine(root, "occupations", "csco2022-codes.csv")),
        DivisionCatalog.LoadFromDirectory(Path.Combine(root, "divisions")),
        WorkingDayCalendar.LoadFromDirectory(Path.Combine(root, "holidays")));
}
