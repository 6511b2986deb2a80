using System.Globalization;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>How dates, times and numbers appear on every page: yyyy-MM-dd, Beijing time, whatever the UI language.</summary>
public static class Fmt
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", Inv) ?? "";

    public static string Date(DateTimeOffset t) => AgencyClock.ToLocal(t).ToString("yyyy-MM-dd", Inv);

    public static string Time(DateTimeOffset t) => AgencyClock.ToLocal(t).ToString("yyyy-MM-dd HH:mm", Inv);

    public static string Seconds(DateTimeOffset t) => AgencyClock.ToLocal(t).ToString("yyyy-MM-dd HH:mm:ss", Inv);

    public static string Hours(decimal h) => h.ToString("0.#", Inv);

    public static string Number(long n) => n.ToString("N0", Inv);

    public static string Id(long id) => id.ToString(Inv);
}
