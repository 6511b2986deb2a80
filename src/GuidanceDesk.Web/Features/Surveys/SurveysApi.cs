using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// <c>/api/v1/surveys</c>: the questionnaire; a portal user's invitations, one form and its submission (409 when already
/// answered, 422 when expired or an answer is missing or out of 1–10, 404 for someone else's); a paper form entered by
/// the unit's custodian, manager or head; the satisfaction index (9.2.1) and its Excel export. Nobody reads individual
/// answers here.
/// </summary>
public static class SurveysApi
{
    public static void MapSurveysApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/surveys").WithTags("Surveys");
        g.MapGet("/items", () => TypedResults.Ok(SurveyHandlers.Items)).RequireAuthorization();

        var mine = g.MapGroup("/mine").RequireAuthorization(Policies.Portal);
        mine.MapGet("/", async (bool? open, SurveyHandlers h, CancellationToken ct) => TypedResults.Ok(await h.MineAsync(open ?? false, ct)));
        mine.MapGet("/{id:long}", async (long id, SurveyHandlers h, CancellationToken ct) => TypedResults.Ok(await h.FormAsync(id, ct)));
        mine.MapPost("/{id:long}/response", async (long id, SurveyAnswersRequest r, SurveyHandlers h, CancellationToken ct) =>
        {
            await h.SubmitAsync(id, r, ct);
            return TypedResults.NoContent();
        }).Validates<SurveyAnswersRequest>();

        var staff = g.MapGroup("/").RequireAuthorization(Policies.SurveyEntry);
        staff.MapGet("/open", async (SurveyHandlers h, CancellationToken ct) => TypedResults.Ok(await h.OpenForUnitAsync(ct)));
        staff.MapPost("/{id:long}/paper", async (long id, SurveyAnswersRequest r, SurveyHandlers h, CancellationToken ct) =>
        {
            await h.EnterPaperAsync(id, r, ct);
            return TypedResults.NoContent();
        }).Validates<SurveyAnswersRequest>();

        var index = g.MapGroup("/index").RequireAuthorization(Policies.SurveyRead);
        index.MapGet("/", async ([AsParameters] IndexQuery q, SatisfactionIndex h, AgencyClock clock, CancellationToken ct) =>
            TypedResults.Ok(await h.ReportAsync(q.ToFilter(clock.Today), ct)));
        // A low driver of the unit and period becomes a corrective or preventive action (9.1.3).
        g.MapPost("/drivers/{latent}/actions", async (Latent latent, [AsParameters] IndexQuery q, RaiseActionRequest r, SurveyActions actions,
            QualityQueries quality, AgencyClock clock, CancellationToken ct) =>
        {
            var id = await actions.RaiseAsync(latent, q.ToFilter(clock.Today), r, ct);
            return TypedResults.Created($"/api/v1/quality/actions/{id}", await quality.ActionAsync(id, ct));
        }).Validates<RaiseActionRequest>().RequireAuthorization(Policies.QualityManage);
        index.MapGet("/export.xlsx", async ([AsParameters] IndexQuery q, SatisfactionIndex h, AgencyClock clock, CancellationToken ct) =>
            TypedResults.File(SurveyExport.ToXlsx(await h.ReportAsync(q.ToFilter(clock.Today), ct)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "满意度指数.xlsx"));
    }
}

/// <summary>
/// Query string of the index: a period (from/to, or year and quarter; default the last 12 months), filters, grouping, and
/// the weights: <c>weights=configured|regression|pls</c> (any case; default configured). <c>estimateWeights=true</c> is the
/// older spelling of <c>weights=regression</c>, kept for existing callers; <c>weights</c> wins when both are given.
/// </summary>
public sealed record IndexQuery(DateOnly? From, DateOnly? To, int? Year, int? Quarter, long? UnitId, long? CounselorId, ServiceKind? Service,
    Channel? Channel, IndexGrouping? GroupBy, bool? EstimateWeights, string? Weights)
{
    public IndexFilter ToFilter(DateOnly today)
    {
        if (Year is < 1900 or > 2199)
            throw new InvalidContentException("请求参数有误", new Dictionary<string, string[]> { ["year"] = ["年度应在1900至2199之间"] },
                "https://tools.ietf.org/html/rfc9110#section-15.5.1", StatusCodes.Status400BadRequest);
        var (from, to) = Year is { } y
            ? Quarter is { } q and >= 1 and <= 4 ? IndexFilter.Quarter(y, q) : (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))
            : (From ?? today.AddYears(-1).AddDays(1), To ?? today);
        if (to < from)
            throw new DomainRuleException("结束日期不能早于开始日期", "to");
        return new IndexFilter(from, to, UnitId, CounselorId, Service, Channel, GroupBy ?? IndexGrouping.None, Method());
    }

    /// <summary>
    /// Parsed here rather than bound as an enum: minimal APIs match enum names case-sensitively, and the documented values
    /// are lower case. Names only — a number is refused like any other unknown value (400).
    /// </summary>
    private WeightMethod Method()
    {
        if (string.IsNullOrWhiteSpace(Weights))
            return EstimateWeights == true ? WeightMethod.Regression : WeightMethod.Configured;
        var name = Enum.GetNames<WeightMethod>().FirstOrDefault(n => string.Equals(n, Weights.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<WeightMethod>(name)
            : throw new InvalidContentException("请求参数有误", new Dictionary<string, string[]> { ["weights"] = ["权重方法应为 configured、regression 或 pls"] },
                "https://tools.ietf.org/html/rfc9110#section-15.5.1", StatusCodes.Status400BadRequest);
    }
}
