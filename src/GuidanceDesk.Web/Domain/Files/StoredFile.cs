namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One immutable file in the file store (local folder or S3-compatible storage): what it is by content, its size and
/// SHA-256 at intake, checked again on every read so that a changed byte is detected. A file is never overwritten; a
/// new version of a document is a new stored file.
/// </summary>
public sealed class StoredFile
{
    public const int MaxFileNameLength = 200;

    private StoredFile() { }

    public StoredFile(string storageKey, string store, string sha256, long length, FileType type, string fileName,
        string createdByUserId, DateTimeOffset now)
    {
        StorageKey = storageKey;
        Store = store;
        Sha256 = sha256;
        Length = length;
        Type = type;
        FileName = fileName.Length > MaxFileNameLength ? fileName[..MaxFileNameLength] : fileName;
        CreatedByUserId = createdByUserId;
        CreatedAt = now;
    }

    public long Id { get; private set; }

    /// <summary>Where the bytes are, e.g. <c>2026/11/3f2a…</c>; chosen by the app, never by the uploader.</summary>
    public string StorageKey { get; private set; } = "";

    /// <summary>Which store holds the bytes ("local" or "s3"), so a changed setting does not orphan older files.</summary>
    public string Store { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the content at intake.</summary>
    public string Sha256 { get; private set; } = "";

    public long Length { get; private set; }
    public FileType Type { get; private set; }

    /// <summary>The name the uploader gave (shown and offered on download only, never used as a path).</summary>
    public string FileName { get; private set; } = "";

    public string CreatedByUserId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the bytes were destroyed on disposal (7.2.1); the record of the file stays.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public void MarkErased(DateTimeOffset now) => ErasedAt ??= now;
}

/// <summary>A file's type as recognised from its content (the name and the declared type are not trusted).</summary>
public enum FileType
{
    Pdf = 1, Png = 2, Jpeg = 3, Docx = 4, Xlsx = 5, Pptx = 6, Mp4 = 7, M4a = 8, Mp3 = 9, Wav = 10, Webm = 11,
}

public static class FileTypes
{
    public static string ContentType(this FileType t) => t switch
    {
        FileType.Pdf => "application/pdf",
        FileType.Png => "image/png",
        FileType.Jpeg => "image/jpeg",
        FileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileType.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        FileType.Mp4 => "video/mp4",
        FileType.M4a => "audio/mp4",
        FileType.Mp3 => "audio/mpeg",
        FileType.Wav => "audio/wav",
        FileType.Webm => "video/webm",
        _ => "application/octet-stream",
    };

    public static string Extension(this FileType t) => t switch
    {
        FileType.Jpeg => ".jpg",
        _ => "." + t.ToString().ToLowerInvariant(),
    };

    /// <summary>What the archive may keep under the service agreement's scope (7.2.1).</summary>
    public static ArchiveScope Scope(this FileType t) => t switch
    {
        FileType.Mp4 or FileType.Webm => ArchiveScope.Video,
        FileType.M4a or FileType.Mp3 or FileType.Wav => ArchiveScope.Audio,
        _ => ArchiveScope.Text,
    };

    public static readonly FileType[] Documents = [FileType.Pdf, FileType.Png, FileType.Jpeg, FileType.Docx, FileType.Xlsx];
    public static readonly FileType[] Slides = [FileType.Pdf, FileType.Pptx, FileType.Docx, FileType.Png, FileType.Jpeg];
    public static readonly FileType[] Recordings = [FileType.Mp4, FileType.M4a, FileType.Mp3, FileType.Wav, FileType.Webm];
}
