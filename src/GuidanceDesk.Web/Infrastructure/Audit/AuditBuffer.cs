using System.Threading.Channels;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Audit;

/// <summary>The queue of read-audit entries waiting to be written.</summary>
public sealed class AuditBuffer
{
    private readonly Channel<AuditEntry> _channel = System.Threading.Channels.Channel.CreateBounded<AuditEntry>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private long _pending;

    internal ChannelReader<AuditEntry> Reader => _channel.Reader;

    public void Enqueue(AuditEntry entry)
    {
        Interlocked.Increment(ref _pending);
        if (!_channel.Writer.TryWrite(entry))
        {
            // Full: back-pressure rather than dropping an audit record.
            _channel.Writer.WriteAsync(entry).AsTask().GetAwaiter().GetResult();
        }
    }

    internal void Written(int count) => Interlocked.Add(ref _pending, -count);

    /// <summary>Waits until every entry queued so far is in the database (used by tests and at shutdown).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        while (Interlocked.Read(ref _pending) > 0)
            await Task.Delay(10, cancellationToken);
    }
}

/// <summary>Drains <see cref="AuditBuffer"/> into the database in batches.</summary>
public sealed class AuditWriter(AuditBuffer queue, IServiceScopeFactory scopes, ILogger<AuditWriter> logger) : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>
    /// How long the writer lets entries gather after the first one arrives: one write transaction per ~100 ms instead
    /// of one per request (measured: about 15 % less CPU per audited read; docs/performance.md).
    /// </summary>
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditEntry>(BatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(BatchWindow, stoppingToken);
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var entry))
                    batch.Add(entry);
                await WriteAsync(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: write what is left below.
        }
        while (queue.Reader.TryRead(out var entry))
            batch.Add(entry);
        await WriteAsync(batch, CancellationToken.None);
    }

    private async Task WriteAsync(List<AuditEntry> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
            return;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if (db.Database.IsNpgsql())
                {
                    await AuditCopy.WriteAsync(db, batch, ct);
                }
                else
                {
                    db.AuditEntries.AddRange(batch);
                    await db.SaveChangesAsync(ct);
                }
                break;
            }
            catch (Exception ex) when (attempt < 5 && ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Writing {Count} audit entries failed (attempt {Attempt}); retrying", batch.Count, attempt);
                await Task.Delay(200 * attempt, ct);
            }
        }
        queue.Written(batch.Count);
        batch.Clear();
    }
}
