using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Features.Reminders;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// No personal data in logs (PIPL; 4.4d): a worker registered, searched, revealed, changed, booked and reminded by SMS —
/// and the same numbers sent where they do not belong (a duplicate, a bad checksum, a number in a numeric field) — leave
/// no plain ID number or phone number in any log line, at any level (Trace included: a line that leaks at Debug leaks
/// as soon as someone turns Debug on), message, structured values, scopes and exceptions alike.
/// </summary>
public abstract class PersonalDataLogTests(AppFixture app, IHostileApp hostile)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4d")]
    public async Task Registering_and_serving_a_worker_writes_no_ID_or_phone_number_to_any_log()
    {
        var idNumber = TestData.NewIdNumber();
        var body = TestData.Worker(idNumber, name: "日志测试");
        var phone = (string)body["worker"]!["phone"]!;
        var newPhone = TestData.NewPhone();
        var wrongChecksum = idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');
        using var counselor = await app.ClientAsAsync("counselor");

        IReadOnlyList<string> lines;
        using (hostile.Logs.Start())
        {
            var created = await counselor.PostJsonAsync("/api/v1/workers", body);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (long)(await created.BodyAsync())["id"]!;
            await counselor.PostJsonAsync("/api/v1/workers/search", new JsonObject { ["idNumber"] = idNumber }).OkAsync();
            await counselor.PostJsonAsync("/api/v1/workers/search", new JsonObject { ["phone"] = phone }).OkAsync();
            await counselor.PostJsonAsync($"/api/v1/workers/{id}/reveal", new JsonObject { ["reason"] = "核对身份" }).OkAsync();
            var form = TestData.Worker(idNumber, name: "日志测试")["worker"]!.AsObject();
            form["phone"] = newPhone;
            form["version"] = 0;
            await counselor.PutJsonOkAsync($"/api/v1/workers/{id}", form);

            // The same numbers where they do not belong: refusals must not quote them either.
            Assert.Equal(HttpStatusCode.Conflict, (await counselor.PostJsonAsync("/api/v1/workers", TestData.Worker(idNumber))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await counselor.PostJsonAsync("/api/v1/workers", TestData.Worker(wrongChecksum))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await counselor.PostJsonAsync("/api/v1/workers", TestData.Worker(change: w => w["graduationYear"] = idNumber))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await counselor.PostJsonAsync("/api/v1/workers/search", new JsonObject { ["page"] = phone })).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await counselor.GetAsync($"/api/v1/workers?page={idNumber}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await counselor.GetAsync($"/api/v1/appointments?workerId={phone}x", Ct)).StatusCode);

            // An appointment tomorrow: the reminder scan queues an SMS to the worker, the dispatcher sends it (to the log).
            await BookSoonAsync(counselor, id, await StaffIdAsync(app, "counselor"));
            await using (var scope = app.Scope())
            {
                var runner = scope.ServiceProvider.GetRequiredService<ScheduledJobRunner>();
                await runner.RunAsync<ReminderScan>(Ct);
                await runner.RunAsync<OutboxDispatcher>(Ct);
            }
            await app.FlushAuditAsync();
            lines = hostile.Logs.Lines;
        }

        Assert.Contains(lines, l => l.Contains("Notification", StringComparison.Ordinal)); // the flow did reach the log
        // Requests are logged (GuidanceDesk.Requests) with the query's names and not its values.
        Assert.Contains(lines, l => l.Contains("/api/v1/workers?page=* - 400", StringComparison.Ordinal));
        foreach (var secret in new[] { idNumber, wrongChecksum, phone, newPhone, phone[3..] })
        {
            var leaks = lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"{leaks.Count} log lines hold {secret}:\n" + string.Join("\n", leaks.Take(10)));
        }
    }
}

[Collection(OnHostileSqlite.Name)]
public sealed class PersonalDataLogSqliteTests(HostileSqliteApp app) : PersonalDataLogTests(app, app);

[Collection(OnHostilePostgres.Name)]
public sealed class PersonalDataLogPostgresTests(HostilePostgresApp app) : PersonalDataLogTests(app, app);
