using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Notifications;

namespace GuidanceDesk.Tests.Domain;

/// <summary>An outbox message's life: stored, sent once or given up; in-app messages delivered on storing, then read.</summary>
public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);

    private static OutboxMessage Sms() =>
        new(NotificationChannel.Sms, Recipient.Worker(7), "回访提醒", "明天上午回访", "followup:7", Now);

    [Fact]
    public void An_in_app_message_is_delivered_when_stored_and_read_once()
    {
        var message = new OutboxMessage(NotificationChannel.InApp, Recipient.Staff("user-1"), "待回访", "3 位", "k", Now);
        Assert.Equal(Now, message.SentAt);
        message.MarkRead(Now.AddHours(1));
        message.MarkRead(Now.AddHours(2));
        Assert.Equal(Now.AddHours(1), message.ReadAt);
    }

    [Fact]
    public void An_sms_waits_for_the_dispatcher_and_is_sent_once()
    {
        var message = Sms();
        Assert.Null(message.SentAt);
        Assert.Equal(Now, message.NextAttemptAt);
        Assert.Throws<InvalidOperationException>(() => message.MarkRead(Now));
        message.MarkSent(Now);
        Assert.Throws<InvalidOperationException>(() => message.MarkSent(Now));
        Assert.Throws<InvalidOperationException>(() => message.RecordFailure("late", Now, null));
    }

    [Fact]
    public void A_failure_is_retried_after_a_delay_until_the_dispatcher_gives_up()
    {
        var message = Sms();
        message.RecordFailure("timeout", Now, TimeSpan.FromMinutes(1));
        Assert.Equal((1, Now.AddMinutes(1), null), (message.Attempts, message.NextAttemptAt, message.FailedAt));
        message.RecordFailure(new string('x', 5000), Now, null);
        Assert.Equal(Now, message.FailedAt);
        Assert.Equal(OutboxMessage.MaxErrorLength, message.LastError!.Length);
        Assert.Throws<InvalidOperationException>(() => message.MarkSent(Now));
    }

    [Fact]
    public void A_message_needs_a_recipient_a_subject_and_a_dedup_key_and_keeps_time_in_utc()
    {
        Assert.Throws<ArgumentException>(() => new OutboxMessage(NotificationChannel.Sms, Recipient.Staff(""), "s", "b", "k", Now));
        Assert.Throws<ArgumentException>(() => new OutboxMessage(NotificationChannel.Sms, Recipient.Worker(1), " ", "b", "k", Now));
        Assert.Throws<ArgumentException>(() => new OutboxMessage(NotificationChannel.Sms, Recipient.Worker(1), "s", "b", new string('k', 201), Now));
        var local = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));
        var message = new OutboxMessage(NotificationChannel.Email, Recipient.Worker(1), "s", "b", "k", Now, local);
        Assert.Equal(TimeSpan.Zero, message.DueAt.Offset);
        Assert.Equal(local, message.DueAt);
    }

    [Fact]
    public void Retries_back_off_doubling_up_to_the_maximum_then_stop()
    {
        var options = new NotificationOptions { MaxAttempts = 10, RetryBaseDelay = TimeSpan.FromMinutes(1), RetryMaxDelay = TimeSpan.FromMinutes(10) };
        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(f => options.RetryAfter(f)!.Value.TotalMinutes));
        Assert.Null(options.RetryAfter(10));
        Assert.True(new NotificationOptions().IsValid);
        Assert.False(new NotificationOptions { BatchSize = 100, SendTimeout = TimeSpan.FromMinutes(1) }.IsValid);
    }
}
