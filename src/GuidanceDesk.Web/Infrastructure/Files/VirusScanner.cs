using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Files;

public sealed record ScanResult(bool Clean, string? Threat);

/// <summary>The virus-scan hook every upload passes before it is stored.</summary>
public interface IVirusScanner
{
    Task<ScanResult> ScanAsync(string path, CancellationToken ct);
}

/// <summary>
/// Always recognises the EICAR anti-virus test file (so the hook can be proven without a scanner installed); when
/// <c>Files:ScanCommand</c> is set, also runs that command (e.g. ClamAV's clamdscan) on the spooled file.
/// </summary>
public sealed class CommandVirusScanner(IOptions<FileStoreOptions> options, ILogger<CommandVirusScanner> logger) : IVirusScanner
{
    private static readonly byte[] Eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"u8.ToArray();

    public async Task<ScanResult> ScanAsync(string path, CancellationToken ct)
    {
        if (await StartsWithEicarAsync(path, ct))
            return new ScanResult(false, "EICAR-Test-File");
        if (string.IsNullOrWhiteSpace(options.Value.ScanCommand))
            return new ScanResult(true, null);

        var parts = options.Value.ScanCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in parts.Skip(1))
            start.ArgumentList.Add(arg.Replace("{path}", path, StringComparison.Ordinal));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The virus-scan command did not start");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        switch (process.ExitCode)
        {
            case 0:
                return new ScanResult(true, null);
            case 1:
                return new ScanResult(false, output.Trim().Split('\n').FirstOrDefault()?.Trim());
            default:
                logger.LogError("Virus scan failed with exit code {Code}", process.ExitCode);
                throw new InvalidOperationException("The virus scan failed; the upload was not stored");
        }
    }

    /// <summary>The EICAR file is the 68-byte string, optionally followed by whitespace, at most 128 bytes in all.</summary>
    private static async Task<bool> StartsWithEicarAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        if (file.Length is < 68 or > 128)
            return false;
        var head = new byte[Eicar.Length];
        await file.ReadExactlyAsync(head, ct);
        return head.AsSpan().SequenceEqual(Eicar);
    }
}
