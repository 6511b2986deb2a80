using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Features.Surveys;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Features.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Privacy.PrivacyKit;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>Deletion requests (4.6.2b; PIPL art. 47): at once when nothing keeps the record, else when the case and the archive's term end.</summary>
public abstract class DeletionRequestTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.2b")]
    public async Task With_nothing_to_keep_an_accepted_deletion_anonymises_at_once_and_nobody_can_find_or_reveal_the_person()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "删除本人");
        using var worker = await app.ClientAsAsync(me.UserName);
        var id = (long)(await FileAsync(worker, Deletion()))["id"]!;

        using var head = await app.ClientAsAsync("head");
        var version = (int)(await head.GetFromJsonOkAsync($"/api/v1/privacy-requests/{id}"))["version"]!;
        var done = await StepAsync(head, id, "accept", version).OkAsync();
        Assert.Equal("Completed", (string?)done["status"]);
        Assert.Contains("匿名化", (string?)done["outcome"], StringComparison.Ordinal);

        var record = await head.GetFromJsonOkAsync($"/api/v1/workers/{me.Id}");
        Assert.Equal("已匿名化", (string?)record["name"]);
        Assert.NotNull((string?)record["anonymisedAt"]);
        Assert.DoesNotContain(me.IdNumber[^4..], (string?)record["idNumber"], StringComparison.Ordinal);
        Assert.Null((string?)record["phone"]);
        Assert.Null((string?)record["residenceAddress"]);
        Assert.Equal("Bachelor", (string?)record["education"]); // what the statistics count stays
        Assert.Equal("500103", (string?)record["residenceDistrictCode"]);
        await head.PostJsonAsync($"/api/v1/workers/{me.Id}/reveal", new JsonObject { ["reason"] = "核对" }).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var found = await counselor.PostOkAsync("/api/v1/workers/search", new JsonObject { ["idNumber"] = me.IdNumber });
        Assert.Equal(0, (int)found["total"]!);
        var page = await head.GetStringAsync($"/Workers/Details/{me.Id}", Ct);
        Assert.Contains("data-anonymised", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/Workers/Edit/", page, StringComparison.Ordinal);

        // The portal account is gone with the identity; the same ID number may register afresh.
        using var anonymous = app.Anonymous();
        var signIn = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = me.UserName, password = "Demo2026pass" }, Ct);
        Assert.False(signIn.IsSuccessStatusCode);
        var again = await counselor.PostJsonAsync("/api/v1/workers", TestData.Worker(idNumber: me.IdNumber, name: "重新登记"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);

        var stored = await QueryAsync(app, db => db.Workers.Where(w => w.Id == me.Id)
            .Select(w => new { w.DateOfBirth, w.Gender, w.UserId, Hash = w.IdNumber.Hash, w.RefusesRecommendations }).First());
        Assert.Equal(7, stored.DateOfBirth.Month);
        Assert.Null(stored.UserId);
        Assert.StartsWith("anonymised:", stored.Hash, StringComparison.Ordinal);
        Assert.True(stored.RefusesRecommendations);
        Assert.Equal(PersonalText.Placeholder, await QueryAsync(app, db => db.DataSubjectRequests.Where(r => r.Id == id).Select(r => r.Details).First()));
    }

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "7.2.1")]
    public async Task A_deletion_waits_for_the_open_case_and_the_archive_term_and_the_nightly_job_then_carries_it_out()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "等待删除");
        var caseId = await CaseInGuidanceAsync(counselor, me.Id);
        await counselor.PostOkAsync($"/api/v1/cases/{caseId}/records", Record());
        using var worker = await app.ClientAsAsync(me.UserName);
        var id = (long)(await FileAsync(worker, Deletion()))["id"]!;

        using var manager = await app.ClientAsAsync("manager");
        var version = (int)(await manager.GetFromJsonOkAsync($"/api/v1/privacy-requests/{id}"))["version"]!;
        var waiting = await StepAsync(manager, id, "accept", version).OkAsync();
        Assert.Equal(("Accepted", null), ((string?)waiting["status"], (string?)waiting["erasableOn"]));
        var early = await StepAsync(manager, id, "complete", (int)waiting["version"]!).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("个案", (string?)early["title"], StringComparison.Ordinal);
        Assert.Contains("待个案结束后删除", await worker.GetStringAsync("/Portal/Privacy", Ct), StringComparison.Ordinal);

        // The case closes; its forms are filed and kept ten years (the default rule).
        await counselor.PostOkAsync($"/api/v1/cases/{caseId}/close", new JsonObject
        {
            ["outcome"] = "Employed", ["employerName"] = "重庆某公司", ["occupationCode"] = "4-01-02-01", ["startedOn"] = Today,
            ["monthlyPay"] = 5200, ["reason"] = "已入职",
        });
        await SurveyKit.FileAllAsync(app);
        await using (var scope = app.Scope())
            await ArchiveKeeping.ApplyRetentionAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System, Ct);
        Assert.Equal(0, await DueRequestsAsync(app.Services));
        var dated = await manager.GetFromJsonOkAsync($"/api/v1/privacy-requests/{id}");
        var erasableOn = DateOnly.Parse((string)dated["erasableOn"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddYears(10).AddDays(1), erasableOn);

        // Eleven years on, the job carries the deletion out: the archive's files go with the identity.
        await using var later = app.HostAt(new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(11)));
        Assert.Equal(1, await DueRequestsAsync(later.Services));
        var after = await QueryAsync(app, db => new
        {
            Request = db.DataSubjectRequests.Where(r => r.Id == id).Select(r => r.Status).First(),
            Name = db.Workers.Where(w => w.Id == me.Id).Select(w => w.Name).First(),
            Live = db.ArchiveItems.Count(i => i.WorkerId == me.Id && i.DisposedAt == null),
            Disposed = db.ArchiveItems.Count(i => i.WorkerId == me.Id && i.DisposalReason == Anonymiser.DisposalReason),
            Content = db.GuidanceRecords.Where(r => r.WorkerId == me.Id).Select(r => r.Content).First(),
            Outcome = db.GuidanceCases.Where(c => c.Id == caseId).Select(c => c.ClosedWith).First(),
        });
        Assert.Equal((DataRequestStatus.Completed, Worker.AnonymisedName, 0), (after.Request, after.Name, after.Live));
        Assert.True(after.Disposed > 0);
        Assert.Equal(PersonalText.Placeholder, after.Content);
        Assert.Equal(OutcomeKind.Employed, after.Outcome);
    }

    /// <summary>One run of the job's first part (accepted deletions) on a host: the retention sweep would touch the shared demo data.</summary>
    private static async Task<int> DueRequestsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        SystemUser.Enter(scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>());
        return await scope.ServiceProvider.GetRequiredService<AnonymisationJob>().CompleteDueRequestsAsync(100, Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class DeletionRequestSqliteTests(SqliteApp app) : DeletionRequestTests(app);

[Collection(OnPostgres.Name)]
public sealed class DeletionRequestPostgresTests(PostgresApp app) : DeletionRequestTests(app);
