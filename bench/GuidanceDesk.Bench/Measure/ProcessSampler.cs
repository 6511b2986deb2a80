using System.Globalization;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// Samples another process (the server) from /proc: resident memory (VmRSS, peak VmHWM) and CPU time, every 250 ms
/// until disposed. Linux only; with no pid it does nothing.
/// </summary>
internal sealed class ProcessSampler : IAsyncDisposable
{
    private readonly int? _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProcessSampler(int? pid)
    {
        _pid = pid;
        _loop = pid is null ? Task.CompletedTask : LoopAsync();
    }

    public long MaxRssKb { get; private set; }
    public long HwmKb { get; private set; }

    /// <summary>User + system CPU seconds the process has used so far (from /proc/pid/stat, in clock ticks of 1/100 s).</summary>
    public double CpuSeconds()
    {
        if (_pid is null)
            return double.NaN;
        var stat = File.ReadAllText($"/proc/{_pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>
    /// CPU seconds used so far by every process named <paramref name="comm"/> (e.g. "postgres": the server's backends),
    /// including children they have reaped (fields cutime/cstime), so a backend that exits meanwhile still counts.
    /// </summary>
    public static double CpuSecondsOf(string comm)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                if (stat[(open + 1)..close] != comm)
                    continue;
                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }
        return ticks / 100.0;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var line in await File.ReadAllLinesAsync($"/proc/{_pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    MaxRssKb = Math.Max(MaxRssKb, Kb(line));
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    HwmKb = Kb(line);
            }
            try
            {
                await Task.Delay(250, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
            return; // already stopped (the caller stops it early to print the peak)
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
