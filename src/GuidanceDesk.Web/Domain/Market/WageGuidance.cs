namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 工资指导价位: the monthly pay levels the municipal HR bureau publishes each year for an occupation (at any level of
/// the classification): low (低位数), median (中位数), high (高位数). One row per year and occupation code; a new import
/// of the same year replaces it.
/// </summary>
public sealed class WageGuidance : IVersioned
{
    private WageGuidance() { }

    public WageGuidance(int year, string occupationCode, int low, int median, int high, DateTimeOffset now)
    {
        Year = year;
        OccupationCode = occupationCode;
        Set(low, median, high, now);
    }

    public long Id { get; private set; }
    public int Year { get; private set; }
    public string OccupationCode { get; private set; } = "";
    public int Low { get; private set; }
    public int Median { get; private set; }
    public int High { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Set(int low, int median, int high, DateTimeOffset now)
    {
        if (low <= 0 || median < low || high < median)
            throw new DomainRuleException("须满足 0 < 低位数 ≤ 中位数 ≤ 高位数", nameof(Median));
        Low = low;
        Median = median;
        High = high;
        ImportedAt = now;
    }
}
