using System.Security.Cryptography;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>
/// What an upload may be: the types allowed and the largest size; where recordings and documents are both allowed,
/// <paramref name="MaxDocumentBytes"/> keeps documents to their own, smaller limit.
/// </summary>
public sealed record FileRules(IReadOnlyCollection<FileType> Allowed, long MaxBytes, string Field = "file", long? MaxDocumentBytes = null);

/// <summary>
/// Takes an upload in: streams it to a spool file while hashing (SHA-256) and counting (the content is never held in
/// memory, so a 100 MB video costs a buffer, not 100 MB), then checks size, type by content, structure and viruses,
/// and only then puts it into the store under a new key. Any failure leaves nothing stored.
/// </summary>
public sealed class FileIntake(IFileStore store, IVirusScanner scanner, IOptions<FileStoreOptions> options, TimeProvider time)
{
    private const int BufferSize = 1 << 20;

    public async Task<StoredFile> AcceptAsync(Stream content, string fileName, FileRules rules, string userId, CancellationToken ct)
    {
        var spool = Path.Combine(options.Value.TempDirectory ?? Path.GetTempPath(), "gd-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (sha, length, head) = await SpoolAsync(content, spool, rules, ct);
            if (length == 0)
                throw Refused(rules, "文件为空");
            // Scanned first: an infected file is reported as such, whatever type it pretends to be.
            var scan = await scanner.ScanAsync(spool, ct);
            if (!scan.Clean)
                throw Refused(rules, $"文件未通过病毒检查（{scan.Threat}），未保存");
            var detected = FileSniffer.Detect(head) is { } d && (rules.Allowed.Contains(d) || d == FileType.Docx)
                ? d : throw Refused(rules, $"不支持的文件类型（按内容识别）：只接受 {string.Join("、", rules.Allowed.Select(t => t.Extension()))}");
            if (rules.MaxDocumentBytes is { } documentMax && detected.Scope() == ArchiveScope.Text && length > documentMax)
                throw TooLarge(rules, documentMax);
            var type = FileSniffer.Check(spool, detected) ?? throw Refused(rules, "文件已损坏或不完整，请重新导出后上传");
            if (!rules.Allowed.Contains(type))
                throw Refused(rules, $"不支持的文件类型（按内容识别为 {type.Extension()}）：只接受 {string.Join("、", rules.Allowed.Select(t => t.Extension()))}");


            var now = time.GetUtcNow();
            var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
            await store.PutAsync(key, spool, ct);
            return new StoredFile(key, store.Name, sha, length, type, SafeName(fileName, type), userId, now);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    /// <summary>Files a document the app generated itself (a PDF form): checked and hashed the same way.</summary>
    public async Task<StoredFile> AcceptGeneratedAsync(byte[] pdf, string fileName, string userId, CancellationToken ct)
    {
        using var stream = new MemoryStream(pdf, writable: false);
        return await AcceptAsync(stream, fileName, new FileRules([FileType.Pdf], long.MaxValue), userId, ct);
    }

    private static async Task<(string Sha, long Length, byte[] Head)> SpoolAsync(Stream content, string spool, FileRules rules, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[16];
        var headLength = 0;
        long length = 0;
        var buffer = new byte[BufferSize];
        await using (var file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                length += read;
                if (length > rules.MaxBytes)
                    throw TooLarge(rules, rules.MaxBytes);
                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length, head[..headLength]);
    }

    private static InvalidContentException TooLarge(FileRules rules, long max)
    {
        var message = $"文件过大：不超过 {max / 1024 / 1024} MB";
        return new InvalidContentException(message, new Dictionary<string, string[]> { [rules.Field] = [message] },
            "urn:guidancedesk:file-too-large", StatusCodes.Status413PayloadTooLarge);
    }

    private static InvalidContentException Refused(FileRules rules, string message) =>
        new(message, new Dictionary<string, string[]> { [rules.Field] = [message] }, "urn:guidancedesk:file-refused");

    /// <summary>
    /// The uploader's name, kept for display only: no folders, no control or direction-override characters (which
    /// make <c>exe.pdf</c> read as <c>fdp.exe</c>), no leading dots (a hidden file once downloaded), the right extension.
    /// </summary>
    public static string SafeName(string fileName, FileType type)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format
            && c is not ('/' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))]).Trim();
        var stem = Path.GetFileNameWithoutExtension(name).Trim('.', ' ');
        if (stem.Length == 0)
            stem = "file";
        if (stem.Length > 150)
            stem = stem[..150];
        return stem + type.Extension();
    }
}
