using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>The notification outbox: enqueued once, sent once, across instances and restarts, retried on failure.</summary>
public abstract class OutboxTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private readonly string _key = "test:" + Guid.NewGuid().ToString("N")[..10] + ":";

    [Fact]
    public async Task The_same_reminder_enqueued_twice_is_stored_once()
    {
        var workerId = await WorkerIdAsync();
        await using (var scope = app.Scope())
        {
            var outbox = Outbox(scope);
            Assert.True(await outbox.EnqueueAsync(Sms(workerId, "once"), Ct));
            Assert.False(await outbox.EnqueueAsync(Sms(workerId, "once"), Ct));
        }

        // Two instances enqueuing the same reminder at the same moment (the nightly scan on both, say).
        for (var round = 0; round < 5; round++)
        {
            var stored = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await using var scope = app.Scope();
                return await Outbox(scope).EnqueueAsync(Sms(workerId, "race" + round), Ct);
            }, Ct)));
            Assert.Single(stored, s => s);
        }
        Assert.Equal(6, await CountAsync(m => m.DedupKey.StartsWith(_key)));
    }

    [Fact]
    public async Task An_in_app_message_is_delivered_when_stored_and_read_by_its_recipient_only()
    {
        var counselor = await DemoUsers.FindAsync(app, "counselor");
        var other = await DemoUsers.FindAsync(app, "counselor2");
        await using var scope = app.Scope();
        var outbox = Outbox(scope);
        await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(counselor.Id), "今日待回访", "3 位劳动者今日待回访", _key + "now"), Ct);
        await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(counselor.Id), "明日预约", "明日 9:00 预约", _key + "later", _clock.GetUtcNow().AddDays(1)), Ct);

        var unread = await outbox.UnreadFor(counselor.Id).Where(m => m.DedupKey.StartsWith(_key)).ToListAsync(Ct);
        var message = Assert.Single(unread); // the one due tomorrow is not shown yet
        Assert.Equal("今日待回访", message.Subject);
        Assert.NotNull(message.SentAt);

        Assert.False(await outbox.MarkReadAsync(message.Id, other.Id, Ct));
        Assert.True(await outbox.MarkReadAsync(message.Id, counselor.Id, Ct));
        Assert.Empty(await outbox.UnreadFor(counselor.Id).Where(m => m.DedupKey.StartsWith(_key)).ToListAsync(Ct));

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("明日预约", (await outbox.UnreadFor(counselor.Id).Where(m => m.DedupKey.StartsWith(_key)).SingleAsync(Ct)).Subject);
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_send_each_message_exactly_once()
    {
        var workerId = await WorkerIdAsync();
        await using (var scope = app.Scope())
        {
            for (var i = 0; i < 30; i++)
                await Outbox(scope).EnqueueAsync(Sms(workerId, "m" + i), Ct);
        }
        var sender = new RecordingSender();
        var small = Options.Create(new NotificationOptions { BatchSize = 4, MaxBatchesPerRun = 50 }); // many small claims, so they interleave
        await Task.WhenAll(Enumerable.Range(0, 2).Select(i => "dispatcher-" + i).Select(instance => Task.Run(async () =>
        {
            await using var scope = app.Scope();
            await Dispatcher(scope, instance, sender, small).RunAsync(Ct);
        }, Ct)));

        var sent = sender.With(_key);
        Assert.Equal(30, sent.Count);
        Assert.Equal(30, sent.Select(n => n.DedupKey).Distinct().Count());
        Assert.All(sent, n => Assert.StartsWith("138", n.Address, StringComparison.Ordinal)); // decrypted at send time
        Assert.Equal(30, await CountAsync(m => m.DedupKey.StartsWith(_key) && m.SentAt != null && m.Attempts == 1 && m.ClaimedBy == null));
    }

    [Fact]
    public async Task Messages_enqueued_before_a_restart_are_sent_after_it()
    {
        var workerId = await WorkerIdAsync();
        var before = new RecordingSender();
        await using (var first = app.Host(s => s.AddSingleton<INotificationSender>(before)))
        {
            await using var scope = first.Services.CreateAsyncScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<Outbox>().EnqueueAsync(Sms(workerId, "restart"), Ct));
        }
        Assert.Empty(before.Sent);

        var after = new RecordingSender();
        await using var second = app.Host(s => s.AddSingleton<INotificationSender>(after));
        Assert.Equal(JobRunOutcome.Completed, await second.Services.GetRequiredService<ScheduledJobRunner>().RunAsync<OutboxDispatcher>(Ct));
        Assert.Equal(_key + "restart", Assert.Single(after.With(_key)).DedupKey);
    }

    [Fact]
    public async Task A_failed_send_is_retried_later_and_its_error_kept()
    {
        var workerId = await WorkerIdAsync();
        await using var scope = app.Scope();
        await Outbox(scope).EnqueueAsync(Sms(workerId, "flaky"), Ct);
        var failures = 0;
        var sender = new RecordingSender { FailWhen = n => n.DedupKey == _key + "flaky" && failures++ == 0 };
        var dispatcher = Dispatcher(scope, "dispatcher-a", sender);

        await dispatcher.RunAsync(Ct);
        var failed = await FindAsync("flaky");
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("gateway down", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(1), failed.NextAttemptAt, TimeSpan.FromMilliseconds(1)); // stored to 0.1 ms

        await dispatcher.RunAsync(Ct); // not yet: the backoff has not passed
        Assert.Empty(sender.With(_key));

        _clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await dispatcher.RunAsync(Ct);
        Assert.Single(sender.With(_key));
        var sent = await FindAsync("flaky");
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task The_dispatcher_gives_up_after_the_last_attempt_or_when_there_is_no_address()
    {
        var workerId = await WorkerIdAsync();
        await using var scope = app.Scope();
        await Outbox(scope).EnqueueAsync(Sms(workerId, "broken"), Ct);
        await Outbox(scope).EnqueueAsync(Sms(long.MaxValue, "nobody"), Ct);
        var sender = new RecordingSender { FailWhen = n => n.DedupKey.StartsWith(_key, StringComparison.Ordinal) };
        var dispatcher = Dispatcher(scope, "dispatcher-a", sender, Options.Create(new NotificationOptions { MaxAttempts = 2 }));

        await dispatcher.RunAsync(Ct);
        _clock.Advance(TimeSpan.FromHours(2));
        await dispatcher.RunAsync(Ct);
        _clock.Advance(TimeSpan.FromDays(1));
        await dispatcher.RunAsync(Ct);

        var broken = await FindAsync("broken");
        Assert.Equal(2, broken.Attempts);
        Assert.NotNull(broken.FailedAt);
        Assert.Null(broken.SentAt);
        var nobody = await FindAsync("nobody");
        Assert.Equal(1, nobody.Attempts);
        Assert.NotNull(nobody.FailedAt);
        Assert.StartsWith("No Sms address", nobody.LastError, StringComparison.Ordinal);
    }

    private Notification Sms(long workerId, string key) =>
        new(NotificationChannel.Sms, Recipient.Worker(workerId), "回访提醒", "您好，您的职业指导回访安排在明天上午。", _key + key);

    private Outbox Outbox(AsyncServiceScope scope) =>
        ActivatorUtilities.CreateInstance<Outbox>(scope.ServiceProvider, (TimeProvider)_clock);

    private OutboxDispatcher Dispatcher(AsyncServiceScope scope, string instance, RecordingSender sender, IOptions<NotificationOptions>? options = null) =>
        ActivatorUtilities.CreateInstance<OutboxDispatcher>(scope.ServiceProvider, new AppInstance(instance), (TimeProvider)_clock,
            (INotificationSender)sender, options ?? Options.Create(new NotificationOptions()));

    private async Task<long> WorkerIdAsync()
    {
        app.SkipIfUnavailable();
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Workers.Where(w => w.Phone != null).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(Ct);
    }

    private async Task<OutboxMessage> FindAsync(string key)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupKey == _key + key, Ct);
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> where)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(where, Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class OutboxSqliteTests(SqliteApp app) : OutboxTests(app);

[Collection(OnPostgres.Name)]
public sealed class OutboxPostgresTests(PostgresApp app) : OutboxTests(app);
