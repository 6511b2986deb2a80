using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>ETag / If-Match over the aggregate's version, and the stale-write check both the API and pages use.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    public static void Set(HttpContext context, int version) => context.Response.Headers.ETag = For(version);

    /// <summary>200 with the resource and its version as the ETag.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Ok<T> Ok<T>(HttpContext context, T value, int version)
    {
        Set(context, version);
        return TypedResults.Ok(value);
    }

    /// <summary>The version the client last saw: the If-Match header, else the version field of the body.</summary>
    public static int? ExpectedVersion(HttpContext context, int? bodyVersion)
    {
        var header = context.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(header) && EntityTagHeaderValue.TryParse(header, out var tag)
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var v))
            return v;
        return bodyVersion;
    }

    /// <summary>
    /// Refuses the write if the entity moved on since <paramref name="expected"/>; also tells EF to check it again
    /// in the UPDATE itself, so that a write landing between this check and SaveChanges fails too.
    /// </summary>
    public static void EnsureCurrent<T>(AppDbContext db, T entity, int? expected) where T : class, IVersioned
    {
        if (expected is null)
            throw new DomainRuleException("缺少版本信息（If-Match），请刷新后重新提交", "version");
        if (entity.Version != expected)
            throw new StaleWriteException(entity.Version);
        db.Entry(entity).Property(e => e.Version).OriginalValue = expected.Value;
    }

    /// <summary>
    /// For commands (move a stage, confirm, close): a version is checked when the client sends one; without it the
    /// command applies to the record as loaded, and the version token still stops a write racing in before SaveChanges.
    /// </summary>
    public static void EnsureCurrentIfGiven<T>(AppDbContext db, T entity, int? expected) where T : class, IVersioned
    {
        if (expected is not null)
            EnsureCurrent(db, entity, expected);
    }
}
