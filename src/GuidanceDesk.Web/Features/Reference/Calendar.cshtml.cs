using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Calendar;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Reference;

/// <summary>
/// The working-day calendar's notice years: which are known, where each came from, the holidays of a chosen year; the
/// admin loads next year's file here each November.
/// </summary>
[Authorize(Policy = Policies.ReadStaff)]
public sealed class CalendarModel(CalendarYears years, CalendarStatus status, WorkingDayCalendar calendar, CurrentUser user, AgencyClock clock) : PageModel
{
    public IReadOnlyList<CalendarYearView> Years { get; private set; } = [];

    public int? MissingYear => status.MissingYear;

    public bool CanUpload => user.IsInRole(Roles.Admin);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>A holiday of the chosen year: its days off as one block, and the weekend days worked in exchange.</summary>
    public sealed record HolidayBlock(string Name, DateOnly First, DateOnly Last, int DaysOff, IReadOnlyList<DateOnly> Worked);

    public IReadOnlyList<HolidayBlock> Blocks { get; private set; } = [];

    [TempData]
    public string? Loaded { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await years.ListAsync(ct);
        var year = Year ?? clock.Today.Year;
        if (!calendar.KnownYears.Contains(year))
            year = calendar.KnownYears.Max();
        Year = year;
        var first = new DateOnly(year, 1, 1);
        var named = Enumerable.Range(0, first.AddYears(1).DayNumber - first.DayNumber).Select(i => calendar.Describe(first.AddDays(i)))
            .Where(d => d.Kind is DayKind.StatutoryHoliday or DayKind.AdjustedWorkday).ToList();
        Blocks = [.. named.GroupBy(d => d.HolidayName ?? "").Select(g =>
        {
            var off = g.Where(d => !d.IsWorkingDay).Select(d => d.Date).ToList();
            return new HolidayBlock(g.Key, off.DefaultIfEmpty(g.First().Date).Min(), off.DefaultIfEmpty(g.First().Date).Max(), off.Count,
                [.. g.Where(d => d.IsWorkingDay).Select(d => d.Date)]);
        }).OrderBy(b => b.First)];
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanUpload)
            return Forbid();
        if (file is null || file.Length == 0)
            ModelState.AddModelError("file", "请选择节假日文件（holiday-cn 格式的 JSON）");
        else if (file.Length > CalendarYears.MaxFileBytes)
            ModelState.AddModelError("file", "文件过大（不超过 200 KB）");
        else
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream());
                var year = await years.UploadAsync(await reader.ReadToEndAsync(ct), file.FileName, ct);
                Loaded = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return RedirectToPage(new { year });
            }
            catch (InvalidContentException e)
            {
                ModelState.AddModelError("file", e.Message);
                foreach (var (field, messages) in e.Errors)
                {
                    foreach (var m in messages)
                        ModelState.AddModelError("file", $"{field}：{m}");
                }
            }
        }

        await OnGetAsync(ct);
        return Page();
    }
}
