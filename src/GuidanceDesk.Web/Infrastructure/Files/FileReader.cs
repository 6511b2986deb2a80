using System.Security.Cryptography;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;

namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>
/// Opens stored files for reading only after their content is checked against the SHA-256 recorded at intake: a
/// changed, truncated or missing file is refused (<see cref="FileIntegrityException"/>) instead of being served.
/// </summary>
public sealed class FileReader(IFileStore store, ILogger<FileReader> logger)
{
    /// <summary>True when the stored bytes still hash to the recorded SHA-256.</summary>
    public async Task<bool> VerifyAsync(StoredFile file, CancellationToken ct)
    {
        if (file.ErasedAt is not null)
            return false;
        try
        {
            await using var stream = await store.OpenReadAsync(file.StorageKey, ct);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 20];
            long length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                length += read;
            }

            return length == file.Length && Convert.ToHexStringLower(hash.GetHashAndReset()) == file.Sha256;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A stream of the verified content (read twice: once to check, once to serve).</summary>
    public async Task<Stream> OpenVerifiedAsync(StoredFile file, CancellationToken ct)
    {
        if (!await VerifyAsync(file, ct))
        {
            logger.LogError("Stored file {Id} ({Key}) failed its SHA-256 check", file.Id, file.StorageKey);
            throw new FileIntegrityException();
        }

        return await store.OpenReadAsync(file.StorageKey, ct);
    }
}
