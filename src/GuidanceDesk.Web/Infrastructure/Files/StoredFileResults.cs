using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>The HTTP answer for a stored file already opened through <see cref="FileReader"/> (so verified): its real type, the uploader's name.</summary>
public static class StoredFileResults
{
    public static IResult Stream((Stream Content, StoredFile File) opened) =>
        TypedResults.Stream(opened.Content, opened.File.Type.ContentType(), opened.File.FileName, enableRangeProcessing: false);
}

/// <summary>Uploads whose request body is the file itself, streamed (archive, policy attachments, session materials).</summary>
public static class StreamedUploads
{
    /// <summary>Recordings are far larger than the server's default request limit; lifts it to the upload's own limit.</summary>
    public static void AllowBody(HttpContext http, long max)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max + 1;
    }
}
