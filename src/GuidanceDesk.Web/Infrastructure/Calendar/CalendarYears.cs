using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>One known notice year as the calendar page lists it.</summary>
public sealed record CalendarYearView(int Year, bool Uploaded, string? FileName, DateTimeOffset? UploadedAt, int DaysOff, int AdjustedWorkdays);

/// <summary>
/// Keeps the calendar's notice years: the shipped files plus the years admins uploaded (stored in the database so
/// every instance and every restart sees them). An upload is checked whole, stored, and only after the commit swapped
/// into the running calendar; a file that fails any check changes nothing.
/// </summary>
public sealed class CalendarYears(AppDbContext db, WorkingDayCalendar calendar, ShippedHolidays shipped, CurrentUser user,
    AuditLog audit, TimeProvider time)
{
    public const int MaxFileBytes = 200_000;

    public async Task<IReadOnlyList<CalendarYearView>> ListAsync(CancellationToken ct)
    {
        var uploads = await LatestUploadsAsync(db, ct);
        var byYear = Years(shipped.Years, uploads);
        return [.. calendar.KnownYears.OrderDescending().Select(y =>
        {
            var file = byYear[y];
            var upload = uploads.FirstOrDefault(u => u.Year == y);
            return new CalendarYearView(y, upload is not null, upload?.FileName, upload?.UploadedAt,
                file.Days.Count(d => d.IsOffDay), file.Days.Count(d => !d.IsOffDay && d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        })];
    }

    /// <summary>Checks and loads a notice year; returns the year. Errors are field by field, in Chinese (422).</summary>
    public async Task<int> UploadAsync(string content, string fileName, CancellationToken ct)
    {
        var parsed = HolidayYearFile.Parse(content);
        if (parsed.File is null)
            throw new InvalidContentException("节假日文件有误，未导入任何内容", parsed.Errors, "urn:guidancedesk:holiday-file");

        var uploads = await LatestUploadsAsync(db, ct);
        var merged = Years(shipped.Years, uploads);
        merged[parsed.File.Year] = parsed.File;
        try
        {
            // Build the whole new calendar first: a contradiction with a neighbouring year refuses the upload.
            HolidayFileReader.Merge(merged.Values);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidContentException("节假日文件与相邻年份矛盾，未导入任何内容",
                new Dictionary<string, string[]> { ["days"] = [e.Message] }, "urn:guidancedesk:holiday-file");
        }

        db.HolidayYearUploads.Add(new HolidayYearUpload(parsed.File.Year, content, Path.GetFileName(fileName), user.UserId!, time.GetUtcNow()));
        audit.Changed(db, AuditAction.Create, "HolidayYear", parsed.File.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, "content");
        await db.SaveChangesAsync(ct);
        calendar.Replace(merged.Values);
        return parsed.File.Year;
    }

    /// <summary>Rebuilds the running calendar from the shipped files and the stored uploads (start-up, other instances' uploads).</summary>
    public static async Task<long> ReloadAsync(AppDbContext db, WorkingDayCalendar calendar, ShippedHolidays shipped, CancellationToken ct)
    {
        var uploads = await LatestUploadsAsync(db, ct);
        calendar.Replace(Years(shipped.Years, uploads).Values);
        return uploads.Count == 0 ? 0 : uploads.Max(u => u.Id);
    }

    private static async Task<List<StoredYear>> LatestUploadsAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.HolidayYearUploads.AsNoTracking()
            .Where(u => u.Id == db.HolidayYearUploads.Where(o => o.Year == u.Year).Max(o => o.Id))
            .ToListAsync(ct);
        // Every stored upload passed the checks when it came in; parsing again cannot fail unless the row was edited.
        return [.. rows.Select(r => (Row: r, HolidayYearFile.Parse(r.Content).File)).Where(r => r.File is not null)
            .Select(r => new StoredYear(r.Row.Id, r.Row.Year, r.Row.FileName, r.Row.UploadedAt, r.File!))];
    }

    private static SortedDictionary<int, HolidayYearFile> Years(IEnumerable<HolidayYearFile> shippedYears,
        IEnumerable<StoredYear> uploads)
    {
        var years = new SortedDictionary<int, HolidayYearFile>();
        foreach (var y in shippedYears)
            years[y.Year] = y;
        foreach (var u in uploads)
            years[u.Year] = u.File;
        return years;
    }
}

internal sealed record StoredYear(long Id, int Year, string FileName, DateTimeOffset UploadedAt, HolidayYearFile File);

/// <summary>The notice years shipped with the app (ReferenceData/holidays), read once.</summary>
public sealed class ShippedHolidays(IReadOnlyList<HolidayYearFile> years)
{
    public IReadOnlyList<HolidayYearFile> Years { get; } = years;
}
