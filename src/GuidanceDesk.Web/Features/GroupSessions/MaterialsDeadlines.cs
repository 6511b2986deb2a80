using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Calendar;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>A run of statutory holidays between the deadline and the session, e.g. 国庆节 10-01 to 10-07.</summary>
public sealed record HolidaySpan(string Name, DateOnly From, DateOnly To);

/// <summary>
/// Why the deadline is the day it is: the non-working days between it and the session (holidays, weekends) and the
/// adjusted working days (调休上班) that count although they fall on a weekend.
/// </summary>
public sealed record DeadlineNote(DateOnly Deadline, IReadOnlyList<HolidaySpan> Holidays, IReadOnlyList<DateOnly> AdjustedWorkdays, int WeekendDays);

/// <summary>
/// The materials deadline of 7.1.2: the session's date (Beijing) less 2 working days of the agency's calendar, statutory
/// holidays and adjusted working days counted. A year without a published holiday notice is refused (422) rather than
/// counted as an ordinary year: a guessed deadline could fall on a holiday.
/// </summary>
public sealed class MaterialsDeadlines(WorkingDayCalendar calendar)
{
    public const string UnknownYear = "活动日期所在年度的法定节假日安排尚未收录，无法按工作日计算宣讲材料的发送期限（7.1.2）。请由系统管理员导入该年度的节假日安排后再安排活动";

    public DateOnly For(DateTimeOffset startsAt)
    {
        try
        {
            return calendar.AddWorkingDays(AgencyClock.DateOf(startsAt), -GroupSession.MaterialsWorkingDaysBefore);
        }
        catch (CalendarUnknownException)
        {
            throw new DomainRuleException(UnknownYear, "startsAt");
        }
    }

    /// <summary>The days strictly between the deadline and the session day, described; empty when the calendar no longer knows them.</summary>
    public DeadlineNote Explain(DateOnly deadline, DateOnly sessionDay)
    {
        var holidays = new List<HolidaySpan>();
        var adjusted = new List<DateOnly>();
        var weekends = 0;
        try
        {
            for (var d = deadline.AddDays(1); d < sessionDay; d = d.AddDays(1))
            {
                var info = calendar.Describe(d);
                switch (info.Kind)
                {
                    case DayKind.StatutoryHoliday when holidays.Count > 0 && holidays[^1].Name == info.HolidayName && holidays[^1].To == d.AddDays(-1):
                        holidays[^1] = holidays[^1] with { To = d };
                        break;
                    case DayKind.StatutoryHoliday:
                        holidays.Add(new HolidaySpan(info.HolidayName ?? "", d, d));
                        break;
                    case DayKind.AdjustedWorkday:
                        adjusted.Add(d);
                        break;
                    case DayKind.Weekend:
                        weekends++;
                        break;
                }
            }
        }
        catch (CalendarUnknownException)
        {
            return new DeadlineNote(deadline, [], [], 0);
        }
        return new DeadlineNote(deadline, holidays, adjusted, weekends);
    }
}
