namespace GuidanceDesk.Web.Infrastructure.Files;

/// <summary>The <c>Files</c> settings: where files live, how big they may be, and the virus-scan hook.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>"Local" (a folder, the default) or "S3" (S3-compatible object storage, for several instances).</summary>
    public string Store { get; set; } = "Local";

    /// <summary>The local store's folder; relative paths are under the app's content root.</summary>
    public string Root { get; set; } = "data/files";

    /// <summary>Where uploads are spooled while they are hashed and checked; the system temp folder by default.</summary>
    public string? TempDirectory { get; set; }

    public long MaxDocumentBytes { get; set; } = 20L * 1024 * 1024;

    public long MaxRecordingBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Optional virus-scan command run on every upload before it is stored, e.g. <c>clamdscan --no-summary {path}</c>:
    /// exit code 0 = clean, 1 = infected (its output names the threat), anything else = the scan failed (upload refused).
    /// </summary>
    public string? ScanCommand { get; set; }

    public S3Settings S3 { get; set; } = new();

    public sealed class S3Settings
    {
        public string ServiceUrl { get; set; } = "";
        public string Bucket { get; set; } = "guidancedesk";
        public string AccessKey { get; set; } = "";
        public string SecretKey { get; set; } = "";
        public string Region { get; set; } = "us-east-1";

        /// <summary>Path-style URLs (<c>host/bucket/key</c>), as MinIO and most self-hosted stores need.</summary>
        public bool ForcePathStyle { get; set; } = true;
    }
}
