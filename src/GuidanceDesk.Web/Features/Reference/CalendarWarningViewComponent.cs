using GuidanceDesk.Web.Infrastructure.Calendar;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Reference;

/// <summary>
/// On the admin's and the head's home page from 1 November while next year's holiday notice is not loaded (and at
/// any time if this year's is missing): deadlines in working days would stop being computable in January.
/// </summary>
public sealed class CalendarWarningViewComponent(CalendarStatus status, CurrentUser user) : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        if (!(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Head)) || status.MissingYear is not { } year)
            return Content(string.Empty);
        return View("/Features/Reference/_CalendarWarning.cshtml", (year, status.CurrentYearMissing, user.IsInRole(Roles.Admin)));
    }
}
