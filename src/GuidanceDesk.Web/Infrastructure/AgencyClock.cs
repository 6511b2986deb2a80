namespace GuidanceDesk.Web.Infrastructure;

/// <summary>The agency's clock: Chongqing keeps China Standard Time (Asia/Shanghai, UTC+8, no daylight saving).</summary>
public sealed class AgencyClock(TimeProvider time)
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

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
