namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>Files in a local folder (the default): <c>root/yyyy/MM/key</c>, moved in whole from the spool folder.</summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    public string Name => "local";

    public string Root { get; } = Path.GetFullPath(root);

    public Task PutAsync(string key, string sourcePath, CancellationToken ct)
    {
        var target = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // A move within one volume is a rename (no copy, atomic); across volumes File.Move copies then deletes.
        // overwrite: false — a key is written once; a clash is a bug, not something to paper over.
        File.Move(sourcePath, target, overwrite: false);
        return Task.CompletedTask;
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken ct) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan));

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>The path of a key; keys are the app's own (see FileIntake), and this refuses anything that leaves the root.</summary>
    public string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("Storage key outside the file store");
        return path;
    }
}
