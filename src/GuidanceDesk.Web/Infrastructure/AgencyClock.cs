namespace GuidanceDesk.Web.Infrastructure;

/// <summary>The agency's clock: Chongqing keeps China Standard Time (Asia/Shanghai, UTC+8, no daylight saving).</summary>
public sealed class AgencyClock(TimeProvider time)
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// A wall-clock time in Chongqing as an instant (forms give local dates and times), in UTC: instants are stored
    /// in UTC (PostgreSQL's timestamptz accepts nothing else) and shown in Beijing time.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: China has had a fixed UTC+8 offset since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
