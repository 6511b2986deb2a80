using GuidanceDesk.Web.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>
/// Turns the exceptions that stand for a user's mistake into RFC 9457 problem details (never a 500):
/// rule refused → 422, duplicate and stale write → 409, not found → 404. Pages handle the same exceptions themselves.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem is null)
            return false;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? Map(Exception exception) => exception switch
    {
        DomainRuleException e => WithField(new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity, Title = e.Message, Type = "urn:guidancedesk:rule",
        }, e.Field, e.Message),
        DuplicateException e => Extend(WithField(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict, Title = e.Message, Type = "urn:guidancedesk:duplicate",
        }, e.Field, e.Message), ("existingType", e.ExistingType), ("existingId", e.ExistingId)),
        ConflictException e => WithField(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict, Title = e.Message, Type = "urn:guidancedesk:conflict",
        }, e.Field, e.Message),
        StaleWriteException e => Extend(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict, Title = e.Message, Type = "urn:guidancedesk:concurrency",
        }, ("currentVersion", e.CurrentVersion)),
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict, Title = "该记录已被他人修改，请刷新后重新编辑", Type = "urn:guidancedesk:concurrency",
        },
        NotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = e.Message },
        ForbiddenException e => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = e.Message, Type = "urn:guidancedesk:forbidden" },
        InvalidContentException e => Extend(new ProblemDetails
        {
            Status = e.Status, Title = e.Message, Type = e.Type,
        }, ("errors", e.Errors)),
        FileIntegrityException e => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = e.Message, Type = "urn:guidancedesk:file-integrity" },
        BadHttpRequestException e => BindingProblems.Map(e),
        _ => null,
    };

    private static ProblemDetails WithField(ProblemDetails p, string? field, string message)
    {
        if (field is not null)
            p.Extensions["errors"] = new Dictionary<string, string[]> { [JsonName(field)] = [message] };
        return p;
    }

    private static ProblemDetails Extend(ProblemDetails p, params (string Key, object Value)[] items)
    {
        foreach (var (key, value) in items)
            p.Extensions[key] = value;
        return p;
    }

    /// <summary>camelCase, as the JSON bodies name their fields.</summary>
    public static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
}
