namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>
/// A notice year an admin uploaded (each November the State Council publishes next year's holidays). Kept, never
/// overwritten: the latest upload of a year is the one in force, earlier ones remain as its history.
/// </summary>
public sealed class HolidayYearUpload
{
    private HolidayYearUpload() { }

    public HolidayYearUpload(int year, string content, string fileName, string uploadedByUserId, DateTimeOffset now)
    {
        Year = year;
        Content = content;
        FileName = fileName;
        UploadedByUserId = uploadedByUserId;
        UploadedAt = now;
    }

    public long Id { get; private set; }
    public int Year { get; private set; }

    /// <summary>The file as uploaded (holiday-cn JSON), so the year can be rebuilt and audited exactly.</summary>
    public string Content { get; private set; } = "";

    public string FileName { get; private set; } = "";
    public string UploadedByUserId { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
}
