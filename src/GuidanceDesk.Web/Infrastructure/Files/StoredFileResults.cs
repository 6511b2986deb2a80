using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>The HTTP answer for a stored file already opened through <see cref="FileReader"/> (so verified): its real type, the uploader's name.</summary>
public static class StoredFileResults
{
    public static IResult Stream((Stream Content, StoredFile File) opened) =>
        TypedResults.Stream(opened.Content, opened.File.Type.ContentType(), opened.File.FileName, enableRangeProcessing: false);
}
