using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Archive;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.GroupSessions.GroupSessionKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Projects.ProjectKit;

namespace GuidanceDesk.Tests.Features.Projects;

/// <summary>Group sessions linked to a guidance project count in its progress (4.6.1a with 7.1.2).</summary>
public abstract class ProjectSessionTests(AppFixture app)
{
    [Fact, Trait("Clause", "4.6.1")]
    public async Task A_held_group_session_of_the_project_counts_its_attendees_as_services_given()
    {
        var time = At(12, 7);
        await using var host = app.HostAt(time);
        using var manager = await host.ClientAsAsync("manager");
        var project = await ActiveProjectAsync(app, manager, "团体指导计入项目进度");
        var projectId = (long)project["id"]!;
        using var counselor = await host.ClientAsAsync("counselor");
        // The session form offers the unit's active projects.
        var form = await counselor.GetStringAsync("/GroupSessions/Edit", TestContext.Current.CancellationToken);
        Assert.Contains($"<option value=\"{projectId}\">团体指导计入项目进度</option>", form, StringComparison.Ordinal);

        var body = Session(await StaffIdAsync(app, "counselor"), Date(12, 18), "项目专场求职辅导");
        body["guidanceProjectId"] = 999_999;
        await counselor.PostJsonAsync("/api/v1/group-sessions", body).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        body["guidanceProjectId"] = projectId;
        var s = await CreateAsync(counselor, body);
        var id = (long)s["id"]!;
        var worker = await WorkerAsync(counselor, "项目出席");
        await AddAsync(counselor, id, worker);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(counselor, id, ArchiveKit.Pdf(), "要点.pdf")).StatusCode);
        var current = await counselor.GetFromJsonOkAsync($"/api/v1/group-sessions/{id}");
        await counselor.PostOkAsync($"/api/v1/group-sessions/{id}/materials/send", new JsonObject { ["version"] = (int)current["version"]! });

        time.MoveTo(12, 18, 17);
        using var after = await host.ClientAsAsync("counselor");
        await after.PostOkAsync($"/api/v1/group-sessions/{id}/held", Held(worker));
        using var managerAfter = await host.ClientAsAsync("manager");
        var progress = await ProgressAsync(managerAfter, projectId);
        Assert.Contains(progress["servicesBySource"]!.AsArray(), x => (string?)x!["code"] == "GroupSessions" && (int)x["count"]! == 1);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectSessionSqliteTests(SqliteApp app) : ProjectSessionTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectSessionPostgresTests(PostgresApp app) : ProjectSessionTests(app);
