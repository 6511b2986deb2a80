namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>The record asked for does not exist or is outside the caller's reach (both answer 404, so nothing leaks).</summary>
public sealed class NotFoundException(string message = "记录不存在或无权查看") : Exception(message)
{
    public NotFoundException() : this("记录不存在或无权查看") { }
}

/// <summary>
/// A value that must be unique is already taken (409). <see cref="ExistingId"/> and <see cref="ExistingType"/> name
/// the existing record so that the user can open it instead of registering it twice.
/// </summary>
public sealed class DuplicateException(string message, string field, string existingType, long existingId) : Exception(message)
{
    public string Field { get; } = field;
    public string ExistingType { get; } = existingType;
    public long ExistingId { get; } = existingId;
}

/// <summary>The record changed since the caller read it (409): reload and apply the change again.</summary>
public sealed class StaleWriteException(int currentVersion)
    : Exception("该记录已被他人修改，请刷新后重新编辑")
{
    public int CurrentVersion { get; } = currentVersion;
}

/// <summary>The request collides with something that exists (409), e.g. a counselor already booked at that time.</summary>
public sealed class ConflictException(string message, string? field = null) : Exception(message)
{
    public ConflictException() : this("与现有记录冲突") { }

    public string? Field { get; } = field;
}

/// <summary>The caller reaches the record but this step is not theirs to take (403), e.g. accepting someone else's referral.</summary>
public sealed class ForbiddenException(string message) : Exception(message)
{
    public ForbiddenException() : this("无权办理此事项") { }
}

/// <summary>
/// Content that is well-formed as a request but fails the checks of what it carries (422), field by field: e.g. an
/// uploaded holiday file or document whose content is not what it must be.
/// </summary>
public sealed class InvalidContentException(string message, IReadOnlyDictionary<string, string[]> errors, string type = "urn:guidancedesk:invalid-content",
    int status = StatusCodes.Status422UnprocessableEntity) : Exception(message)
{
    /// <summary>422 by default; 413 when the content is too large.</summary>
    public int Status { get; } = status;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public string Type { get; } = type;

    public InvalidContentException() : this("内容不符合要求", new Dictionary<string, string[]>()) { }

    public InvalidContentException(string message) : this(message, new Dictionary<string, string[]>()) { }

    public InvalidContentException(string message, Exception inner) : this(message) => _ = inner;
}

/// <summary>A stored file no longer matches the SHA-256 recorded at intake (409): changed on disk, damaged or missing.</summary>
public sealed class FileIntegrityException(string message) : Exception(message)
{
    public FileIntegrityException() : this("文件校验失败：内容与归档时记录的 SHA-256 不一致，可能已被篡改或损坏。已记录，请联系档案管理员。") { }

    public FileIntegrityException(string message, Exception inner) : this(message) => _ = inner;
}
