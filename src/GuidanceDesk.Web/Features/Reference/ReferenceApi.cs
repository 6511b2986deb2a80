using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Calendar;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Reference;

/// <summary>
/// <c>/api/v1/reference</c>: occupations (2022 大典), Chongqing districts and townships, industries and the working-day
/// calendar. Any signed-in user may read them; the forms use them for pickers.
/// </summary>
public static class ReferenceApi
{
    public static RouteGroupBuilder MapReferenceApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference");

        group.MapGet("/occupations", (string? q, int? limit, OccupationCatalog catalog) =>
            TypedResults.Ok(string.IsNullOrWhiteSpace(q) ? [] : catalog.Search(q, Math.Clamp(limit ?? 20, 1, 100))));

        group.MapGet("/occupations/{code}", (string code, OccupationCatalog catalog) =>
            catalog.Find(code) is { } o ? Results.Ok(o) : Results.NotFound());

        group.MapGet("/districts", (DivisionCatalog divisions) => TypedResults.Ok(divisions.ChongqingDistricts));

        group.MapGet("/districts/{code}/townships", (string code, DivisionCatalog divisions) =>
            divisions.FindDistrict(code) is null ? Results.NotFound() : Results.Ok(divisions.Townships(code)));

        group.MapGet("/provinces", (DivisionCatalog divisions) => TypedResults.Ok(divisions.Provinces));

        group.MapGet("/industries", () => TypedResults.Ok(Industries.Sections.Select(s => new { s.Code, s.Name })));

        group.MapGet("/calendar/{date}", (DateOnly date, WorkingDayCalendar calendar) => Calendar(() => calendar.Describe(date)));

        group.MapGet("/calendar/{date}/add/{days:int}", (DateOnly date, int days, WorkingDayCalendar calendar) =>
            Calendar(() => calendar.Describe(calendar.AddWorkingDays(date, days))));

        group.MapGet("/calendar/between", (DateOnly from, DateOnly to, WorkingDayCalendar calendar) =>
            Calendar(() => new { from, to, workingDays = calendar.WorkingDaysBetween(from, to) }));
        return group;
    }

    /// <summary>A year without a published holiday notice is an explicit error, never an ordinary year.</summary>
    internal static IResult Calendar<T>(Func<T> answer)
    {
        try
        {
            return Results.Ok(answer());
        }
        catch (CalendarUnknownException e)
        {
            return Results.Problem(title: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, type: "urn:guidancedesk:calendar-unknown",
                extensions: new Dictionary<string, object?> { ["year"] = e.Year });
        }
    }
}
