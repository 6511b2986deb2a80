using System.Text;
using GuidanceDesk.Web.Infrastructure.Calendar;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Reference;

/// <summary>
/// <c>/api/v1/calendar</c>: the working-day calendar for other systems (is a date a working day, add working days,
/// count them) and its upkeep: the known notice years and, for the admin, loading a new year's file.
/// </summary>
public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar");

        group.MapGet("/working-days/{date}", (DateOnly date, WorkingDayCalendar calendar) =>
            ReferenceApi.Calendar(() => calendar.Describe(date)));

        group.MapGet("/working-days/add", (DateOnly date, int days, WorkingDayCalendar calendar) =>
            ReferenceApi.Calendar(() => new { date, days, result = calendar.AddWorkingDays(date, days) }));

        group.MapGet("/working-days/between", (DateOnly from, DateOnly to, WorkingDayCalendar calendar) =>
            ReferenceApi.Calendar(() => new { from, to, workingDays = calendar.WorkingDaysBetween(from, to) }));

        group.MapGet("/years", async (CalendarYears years, CalendarStatus status, CancellationToken ct) =>
            TypedResults.Ok(new { missingYear = status.MissingYear, years = await years.ListAsync(ct) }));

        // The body is the holiday-cn file itself, as the shipped ReferenceData/holidays/yyyy.json files are.
        group.MapPost("/years", async (HttpRequest request, CalendarYears years, CancellationToken ct) =>
        {
            if (request.ContentLength > CalendarYears.MaxFileBytes)
                return Results.Problem(title: "文件过大", statusCode: StatusCodes.Status413PayloadTooLarge);
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var buffer = new char[CalendarYears.MaxFileBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > CalendarYears.MaxFileBytes)
                return Results.Problem(title: "文件过大", statusCode: StatusCodes.Status413PayloadTooLarge);
            var year = await years.UploadAsync(new string(buffer, 0, read), request.Headers["X-File-Name"].FirstOrDefault() ?? "upload.json", ct);
            return Results.Created($"/api/v1/calendar/years/{year}", new { year });
        }).RequireAuthorization(Policies.CalendarManage);
        return group;
    }
}
