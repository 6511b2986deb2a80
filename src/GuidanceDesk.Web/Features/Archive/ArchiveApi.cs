using GuidanceDesk.Web.Infrastructure.Files;
using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>
/// <c>/api/v1/cases/{id}/archive</c> and <c>/api/v1/archive</c> (7.2): a case's archive with its completeness,
/// uploads (the request body is the file itself, streamed: <c>?kind=&amp;title=&amp;fileName=</c>), versions,
/// verified downloads, integrity checks, retention rules, the unit's completeness list and disposal.
/// </summary>
public static class ArchiveApi
{
    public static void MapArchiveApi(this IEndpointRouteBuilder api)
    {
        var c = api.MapGroup("/cases/{caseId:long}/archive").WithTags("Archive").RequireAuthorization(Policies.ClientRecords);
        c.MapGet("/", async (long caseId, ArchiveQueries q, CancellationToken ct) => TypedResults.Ok(await q.CaseAsync(caseId, ct)));
        c.MapPost("/", async (long caseId, ArchiveKind kind, string? title, string? fileName, string? note, HttpContext http,
            ArchiveHandlers h, ArchiveQueries q, CancellationToken ct) =>
        {
            StreamedUploads.AllowBody(http, h.RulesFor(kind).MaxBytes);
            var id = await h.UploadAsync(caseId, kind, title, note, http.Request.Body, fileName ?? "upload", ct);
            return TypedResults.Created($"/api/v1/archive/{id}", await q.ItemAsync(id, ct));
        });
        c.MapPost("/refile", async (long caseId, ArchiveAccess access, ArchiveFiling filing, CancellationToken ct) =>
        {
            await access.CaseAsync(caseId, ct);
            return TypedResults.Ok(new { filed = await filing.FileCaseAsync(caseId, ct) });
        });

        var a = api.MapGroup("/archive").WithTags("Archive").RequireAuthorization(Policies.ClientRecords);
        a.MapGet("/{id:long}", async (long id, ArchiveQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.ItemAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Ok(view);
        });
        a.MapPost("/{id:long}/versions", async (long id, string? fileName, string? note, HttpContext http, ArchiveHandlers h,
            ArchiveQueries q, CancellationToken ct) =>
        {
            StreamedUploads.AllowBody(http, h.RulesFor(ArchiveKind.GroupRecording).MaxBytes);
            var number = await h.AddVersionAsync(id, ETags.ExpectedVersion(http, null), note, http.Request.Body, fileName ?? "upload", ct);
            return TypedResults.Created($"/api/v1/archive/{id}/versions/{number}/content", await q.ItemAsync(id, ct));
        });
        a.MapGet("/{id:long}/content", (long id, ArchiveQueries q, CancellationToken ct) => Download(id, null, q, ct));
        a.MapGet("/{id:long}/versions/{number:int}/content", (long id, int number, ArchiveQueries q, CancellationToken ct) => Download(id, number, q, ct));
        a.MapPost("/{id:long}/verify", async (long id, ArchiveKeeping k, CancellationToken ct) => TypedResults.Ok(await k.VerifyAsync(id, ct)));
        a.MapPost("/{id:long}/dispose", async (long id, DisposeRequest r, ArchiveKeeping k, ArchiveQueries q, CancellationToken ct) =>
        {
            await k.DisposeAsync(id, r.Reason!, ct);
            return TypedResults.Ok(await q.ItemAsync(id, ct));
        }).Validates<DisposeRequest>();
        a.MapGet("/completeness", async (int? page, long? unitId, ArchiveAccess access, ArchiveCompleteness check, CancellationToken ct) =>
        {
            // Staff of a unit check their unit; city-level staff name the unit (the whole city is the bench's job, not a request's).
            if ((access.UnitId ?? unitId) is not { } unit)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["unitId"] = ["请选择服务单位"] }, title: "请选择服务单位");
            var result = await check.ScanAsync(unit, ct);
            var size = 50;
            return Results.Ok(new
            {
                cases = result.Cases,
                incomplete = result.Incomplete.Count,
                items = result.Incomplete.Skip(PageRequest.SkipOf(page ?? 1, size)).Take(size)
                    .Select(i => new { i.CaseId, i.WorkerId, missing = i.Kinds.Where(k => k.Missing > 0) }),
            });
        }).RequireAuthorization(Policies.ArchiveKeep);
        a.MapGet("/due-for-disposal", async (ArchiveKeeping k, CancellationToken ct) => TypedResults.Ok(await k.DueForDisposalAsync(ct)))
            .RequireAuthorization(Policies.ArchiveKeep);
        a.MapGet("/retention-rules", async (ArchiveKeeping k, CancellationToken ct) => TypedResults.Ok(await k.RulesAsync(ct)));
        a.MapPut("/retention-rules/{kind}", async (ArchiveKind kind, RetentionRequest r, HttpContext http, ArchiveKeeping k, CancellationToken ct) =>
        {
            await k.SetRuleAsync(kind, r.Years, r.Basis!, ETags.ExpectedVersion(http, r.Version), ct);
            return TypedResults.Ok((await k.RulesAsync(ct)).First(x => x.Kind == kind));
        }).Validates<RetentionRequest>().RequireAuthorization(Policies.ArchiveKeep);
    }

    private static async Task<IResult> Download(long id, int? number, ArchiveQueries q, CancellationToken ct) =>
        StoredFileResults.Stream(await q.DownloadAsync(id, number, ct));
}

public sealed class DisposeRequest
{
    [Required(ErrorMessage = "请填写销毁原因（依据）"), StringLength(500, ErrorMessage = "不超过500字")]
    public string? Reason { get; set; }
}

public sealed class RetentionRequest
{
    [Range(1, 100, ErrorMessage = "保管年限应在 1–100 年之间")]
    public int Years { get; set; }

    [Required(ErrorMessage = "请填写依据"), StringLength(200, ErrorMessage = "不超过200字")]
    public string? Basis { get; set; }

    public int? Version { get; set; }
}
