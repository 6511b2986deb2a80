using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Files;

public static class FilesSetup
{
    /// <summary>The file store named by <c>Files:Store</c> (Local by default), the intake checks and the verified reader.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<FileStoreOptions>(configuration.GetSection(FileStoreOptions.Section));
        services.AddSingleton<IFileStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FileStoreOptions>>().Value;
            return options.Store.Equals("S3", StringComparison.OrdinalIgnoreCase)
                ? new S3FileStore(options.S3)
                : new LocalFileStore(Path.Combine(contentRoot, options.Root));
        });
        services.AddSingleton<IVirusScanner, CommandVirusScanner>();
        services.AddScoped<FileIntake>();
        services.AddScoped<FileReader>();
        return services;
    }

    /// <summary>At start-up: the S3 bucket exists (created on first run), so the first upload does not fail on it.</summary>
    public static async Task PrepareFileStoreAsync(this IServiceProvider services, CancellationToken ct)
    {
        if (services.GetRequiredService<IFileStore>() is S3FileStore s3)
            await s3.EnsureBucketAsync(ct);
    }
}
