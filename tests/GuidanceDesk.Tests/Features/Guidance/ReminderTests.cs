using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>
/// Reminders of follow-ups due and appointments coming up: in-app for the counselor, SMS for the worker, once per
/// occasion however often (and on however many instances) the scan runs. Sending is OutboxTests' business.
/// </summary>
public abstract class ReminderTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "6.1.5")]
    public async Task A_follow_up_due_tomorrow_and_an_appointment_today_are_reminded_once_and_read_in_the_app()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (keys, names) = await OccasionsAsync(staff, "提醒");

        var first = await ScanAsync();
        Assert.True(first.Enqueued >= 4 && first.FollowUps >= 1 && first.Appointments >= 1, first.ToString());
        var stored = await MessagesAsync(keys);
        Assert.Equal(keys.Order(), stored.Select(m => m.DedupKey).Order());
        var counselorUser = (await DemoUsers.FindAsync(app, "counselor")).Id;
        Assert.All(stored.Where(m => m.DedupKey.EndsWith(":inapp", StringComparison.Ordinal)), m =>
        {
            Assert.Equal(NotificationChannel.InApp, m.Channel);
            Assert.Equal(Recipient.Staff(counselorUser), new Recipient(m.RecipientKind, m.RecipientId));
        });
        Assert.All(stored.Where(m => m.DedupKey.EndsWith(":sms", StringComparison.Ordinal)), m =>
        {
            Assert.Equal(NotificationChannel.Sms, m.Channel);
            Assert.Equal(RecipientKind.Worker, m.RecipientKind);
        });

        var second = await ScanAsync();
        Assert.Equal(0, second.Enqueued);
        Assert.Equal(4, (await MessagesAsync(keys)).Count);

        var inbox = (await staff.GetAsync("/api/v1/notifications", Ct).OkArrayAsync()).Objects().ToList();
        var followUp = inbox.Single(n => (string?)n["subject"] == "跟进提醒" && ((string)n["body"]!).Contains(names[0], StringComparison.Ordinal));
        Assert.Contains("明天应跟进", (string)followUp["body"]!, StringComparison.Ordinal);
        Assert.Single(inbox, n => (string?)n["subject"] == "预约提醒" && ((string)n["body"]!).Contains(names[1], StringComparison.Ordinal));

        var read = await staff.PostAsync($"/api/v1/notifications/{followUp["id"]}/read", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        inbox = (await staff.GetAsync("/api/v1/notifications", Ct).OkArrayAsync()).Objects().ToList();
        Assert.DoesNotContain(inbox, n => (long)n["id"]! == (long)followUp["id"]!);
        using var other = await app.ClientAsAsync("counselor2");
        var stranger = inbox.First(n => (string?)n["subject"] == "预约提醒");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/notifications/{stranger["id"]}/read", null, Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "6.1.5")]
    public async Task Two_scans_at_the_same_moment_still_remind_each_occasion_once()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (keys, _) = await OccasionsAsync(staff, "并发提醒");
        var before = await CountAsync();

        var scans = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(ScanAsync, Ct)));

        var stored = await MessagesAsync(keys);
        Assert.Equal(keys.Order(), stored.Select(m => m.DedupKey).Order()); // each once
        Assert.Equal(await CountAsync() - before, scans.Sum(s => s.Enqueued)); // and no scan counted what the other stored
    }

    /// <summary>A follow-up due tomorrow and an appointment in the next hours; returns the dedup keys their reminders carry.</summary>
    private async Task<(List<string> Keys, string[] Names)> OccasionsAsync(HttpClient staff, string label)
    {
        string[] names = [label + "跟进" + Suffix(), label + "预约" + Suffix()];
        var (caseId, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, names[0]), Today, Day(1), 1);
        var followUp = (await staff.GetFromJsonOkAsync($"/api/v1/cases/{caseId}"))["followUps"]![0]!;
        Assert.Equal(Day(1), (string?)followUp["dueOn"]);
        var appointment = await BookSoonAsync(staff, await NewWorkerAsync(staff, names[1]), await StaffIdAsync(app, "counselor"));
        var ticks = DateTimeOffset.Parse((string)appointment["startsAt"]!, CultureInfo.InvariantCulture).UtcTicks;
        var fu = $"fu:{followUp["id"]}:{Day(1)}";
        var ap = $"ap:{appointment["id"]}:{ticks}";
        return ([fu + ":inapp", fu + ":sms", ap + ":inapp", ap + ":sms"], names);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..4];

    private async Task<ReminderCounts> ScanAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ReminderScan>().ScanAsync(Ct);
    }

    private async Task<List<OutboxMessage>> MessagesAsync(List<string> keys)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => keys.Contains(m.DedupKey)).ToListAsync(Ct);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReminderSqliteTests(SqliteApp app) : ReminderTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReminderPostgresTests(PostgresApp app) : ReminderTests(app);
