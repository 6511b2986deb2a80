using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>
/// pg_dump and pg_restore as child processes. The password goes to the child through <c>PGPASSWORD</c> only: never on
/// its command line (visible to every user in <c>ps</c>) and never in a log line.
/// </summary>
public sealed class PgTools(BackupOptions options)
{
    private static readonly string[] Clean = ["--clean", "--if-exists"];

    /// <summary>
    /// A custom-format dump of the snapshot another connection exported, so the manifest counts the same rows. Gzip
    /// level <see cref="BackupOptions.DumpCompression"/>: 1 by default, gzip's fastest, because compressing is most of
    /// what the dump costs on two cores and the night's window is what matters (docs/performance.md has the figures).
    /// </summary>
    public Task DumpAsync(string connectionString, string snapshot, string file, CancellationToken ct) =>
        RunAsync(options.PgDump, connectionString,
            ["--format=custom", $"--compress={options.DumpCompression.ToString(CultureInfo.InvariantCulture)}", "--no-password", $"--snapshot={snapshot}", $"--file={file}"], ct);

    /// <summary>Restores a dump into the database of <paramref name="connectionString"/>; <paramref name="clean"/> drops what the dump recreates.</summary>
    /// <paramref name="dataOnly"/> restores the tables and their rows without the post-data section (indexes, constraints, triggers).
    public Task RestoreAsync(string connectionString, string file, bool clean, CancellationToken ct, bool dataOnly = false) =>
        RunAsync(options.PgRestore, connectionString,
            [.. clean ? Clean : [], .. dataOnly ? DataSections : [], "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password", file], ct);

    private static readonly string[] DataSections = ["--section=pre-data", "--section=data"];

    /// <summary>Creates an empty scratch database beside the configured one and returns its connection string.</summary>
    public static async Task<string> CreateScratchAsync(string connectionString, CancellationToken ct)
    {
        var name = "gd_verify_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(connectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task DropScratchAsync(string connectionString, string scratch)
    {
        var name = new NpgsqlConnectionStringBuilder(scratch).Database!;
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        // A freshly loaded scratch database draws an autovacuum worker. A plain DROP stops it (and waits up to 5 s for
        // others to leave); WITH (FORCE) would refuse, as the app's role may not signal the autovacuum's. FORCE is
        // the fallback only for a session of our own role still attached.
        try
        {
            await using var plain = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", conn);
            await plain.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
        {
            await using var force = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await force.ExecuteNonQueryAsync();
        }
    }

    private static async Task RunAsync(string program, string connectionString, IReadOnlyList<string> args, CancellationToken ct)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add($"--host={csb.Host}");
        start.ArgumentList.Add($"--port={csb.Port.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add($"--username={csb.Username}");
        start.ArgumentList.Add($"--dbname={csb.Database}");
        foreach (var a in args)
            start.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(csb.Password))
            start.Environment["PGPASSWORD"] = csb.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await stdout;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {(await stderr).Trim()}");
    }
}
