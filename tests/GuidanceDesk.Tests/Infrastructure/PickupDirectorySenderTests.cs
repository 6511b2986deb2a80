using System.Text.Json;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>The pickup folder: one JSON file per message, however often the message is sent.</summary>
public sealed class PickupDirectorySenderTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _folder = Directory.CreateTempSubdirectory("gd-pickup-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 1, 30, 0, TimeSpan.Zero));

    [Fact, Trait("Clause", "8.2.1")]
    public async Task Sending_the_same_message_twice_leaves_one_file_with_the_message()
    {
        var sender = new PickupDirectorySender(_folder, _clock);
        var sms = new OutgoingNotification(123, "risk:7:0:3:sms", NotificationChannel.Sms, "13800000000",
            "【紧急】风险预警", "渝中区风险预警：劳动者张某自伤风险，请立即登录职业指导服务平台确认处置（预警编号 7）。");

        await sender.SendAsync(sms, Ct);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await sender.SendAsync(sms, Ct); // again, as after a crash between the send and recording it

        var file = Assert.Single(Directory.GetFiles(_folder)); // no second file, no temp file left behind
        Assert.Equal(Path.Combine(_folder, "000000123.json"), file);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, Ct));
        var root = json.RootElement;
        Assert.Equal(123, root.GetProperty("messageId").GetInt64());
        Assert.Equal("risk:7:0:3:sms", root.GetProperty("dedupKey").GetString());
        Assert.Equal("Sms", root.GetProperty("channel").GetString());
        Assert.Equal("13800000000", root.GetProperty("address").GetString());
        Assert.Equal(sms.Subject, root.GetProperty("subject").GetString());
        Assert.Equal(sms.Body, root.GetProperty("body").GetString());
        Assert.Equal(_clock.GetUtcNow(), root.GetProperty("sentAt").GetDateTimeOffset()); // the later send's
    }

    [Fact]
    public async Task Each_message_has_its_own_file()
    {
        var sender = new PickupDirectorySender(_folder, _clock);
        await sender.SendAsync(new OutgoingNotification(1, "a", NotificationChannel.Sms, "13800000000", "s", "b"), Ct);
        await sender.SendAsync(new OutgoingNotification(2, "b", NotificationChannel.Email, "a@example.cn", "s", "b"), Ct);

        Assert.Equal(["000000001.json", "000000002.json"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
