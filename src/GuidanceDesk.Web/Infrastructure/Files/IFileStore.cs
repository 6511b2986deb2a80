namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>Where file bytes live. Keys are chosen by the app and written once; nothing is ever overwritten.</summary>
public interface IFileStore
{
    /// <summary>"local" or "s3", recorded with each file.</summary>
    string Name { get; }

    /// <summary>Stores a finished, checked local file under a new key.</summary>
    Task PutAsync(string key, string sourcePath, CancellationToken ct);

    /// <exception cref="FileNotFoundException">The bytes are gone (erased, or lost from the store).</exception>
    Task<Stream> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
