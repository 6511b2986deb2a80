using GuidanceDesk.Web.Infrastructure.Calendar;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>Limits of the case referral (section <c>Referrals</c>), in working days of the agency's calendar.</summary>
public sealed class ReferralOptions
{
    public const string SectionName = "Referrals";

    /// <summary>The receiving counselor accepts or declines within this many working days of sending.</summary>
    public int AnswerWithinWorkingDays { get; set; } = 2;

    /// <summary>8.1.4 "promptly": after accepting, the interview is booked within this many working days.</summary>
    public int InterviewWithinWorkingDays { get; set; } = 3;

    public bool IsValid => AnswerWithinWorkingDays is >= 1 and <= 30 && InterviewWithinWorkingDays is >= 1 and <= 30;
}

/// <summary>Deadlines in working days (adjusted working days count, public holidays do not).</summary>
public sealed class WorkingDayDeadlines(WorkingDayCalendar calendar, ILogger<WorkingDayDeadlines> logger)
{
    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="from"/>. A year whose holidays are not published
    /// yet counts Monday to Friday (and says so in the log) rather than refusing the user's action.
    /// </summary>
    public DateOnly After(DateOnly from, int n)
    {
        try
        {
            return calendar.AddWorkingDays(from, n);
        }
        catch (CalendarUnknownException e)
        {
            logger.LogWarning("Working-day calendar has no {Year}; counting Monday to Friday", e.Year);
            var day = from;
            while (n > 0)
            {
                day = day.AddDays(1);
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    n--;
            }
            return day;
        }
    }
}
