using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// A logger provider that keeps every line (message, exception and scopes' values) while <see cref="Start"/> is in
/// effect; otherwise it is disabled, so the rest of the suite pays nothing for it.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private volatile bool _recording;

    public IDisposable Start()
    {
        _lines.Clear();
        _recording = true;
        return new Stop(this);
    }

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Stop(LogCapture capture) : IDisposable
    {
        public void Dispose() => capture._recording = false;
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            if (capture._recording)
                capture._lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => capture._recording;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!capture._recording)
                return;
            // The structured values too: a sink such as Seq or a JSON console stores them even if the message omits them.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            capture._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
