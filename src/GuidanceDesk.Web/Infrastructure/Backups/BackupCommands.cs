using System.Globalization;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>
/// <c>dotnet run --project src/GuidanceDesk.Web -- backup</c> and <c>-- restore &lt;file&gt;</c>: run by Program before
/// the web host starts (nothing listens, no job fires), then the process exits. Further arguments are ordinary
/// configuration (<c>--Database:Provider=Postgres</c> …).
/// </summary>
public sealed record BackupCommand(string Verb, string? File, string[] Rest)
{
    public static BackupCommand? Parse(string[] args) => args switch
    {
        ["restore", var file, .. var rest] => new BackupCommand("restore", file, rest),
        ["restore"] => new BackupCommand("restore", null, []),
        ["backup", .. var rest] => new BackupCommand("backup", null, rest),
        _ => null,
    };

    /// <returns>The process exit code: 0 done, 1 refused or failed, 2 usage.</returns>
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        if (Verb == "backup")
        {
            var run = await sp.GetRequiredService<BackupService>().BackupAndVerifyAsync("command", ct);
            await output.WriteLineAsync($"backup #{run.Id}: {run.Status}, {run.Verification} — {run.FileName} ({run.SizeBytes} bytes, sha256 {run.Sha256})");
            await output.WriteLineAsync(run.Message);
            return run.Verification == Domain.BackupVerification.Verified ? 0 : 1;
        }
        if (File is null)
        {
            await output.WriteLineAsync("usage: dotnet run --project src/GuidanceDesk.Web -- restore <file.gdbak>");
            return 2;
        }
        try
        {
            var env = sp.GetRequiredService<BackupEnvironment>();
            var key = BackupKey.Load(sp.GetRequiredService<IOptions<BackupOptions>>().Value, env.ContentRoot, createIfMissing: false);
            var report = await sp.GetRequiredService<BackupRestorer>().RestoreAsync(Path.GetFullPath(File), key, ct);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"已恢复 {report.Provider} 备份（备份时间 {AgencyClock.ToLocal(report.TakenAt):yyyy-MM-dd HH:mm:ss}）：{report.Tables} 张表共 {report.Rows} 行；文件恢复 {report.FilesRestored} 个，原本完好 {report.FilesAlreadyPresent} 个。"));
            if (report.KeptAside is { } aside)
                await output.WriteLineAsync($"原数据库文件已保留在 {aside}");
            foreach (var note in report.Notes)
                await output.WriteLineAsync(note);
            return 0;
        }
        catch (BackupUnreadableException e)
        {
            await output.WriteLineAsync("拒绝恢复：" + e.Message);
            return 1;
        }
    }
}
