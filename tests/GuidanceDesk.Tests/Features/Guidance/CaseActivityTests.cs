using System.Globalization;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>
/// A record added to a case moves its last activity but is not a change of the case itself: an edit of the case a
/// colleague prepared a moment before (with the version they saw) still saves. It used to be refused as stale (409),
/// which the city load showed whenever two counselors worked on one case at once.
/// </summary>
public abstract class CaseActivityTests(AppFixture app)
{
    [Fact, Trait("Clause", "7.1.10")]
    public async Task A_record_moves_the_last_activity_without_making_a_colleagues_stage_move_stale()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = await CaseInGuidanceAsync(staff, await NewWorkerAsync(staff, "并行记录"));
        var before = await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        var seenVersion = (int)before["version"]!;
        var seenActivity = DateTimeOffset.Parse((string)before["lastActivityAt"]!, CultureInfo.InvariantCulture);

        var afterRecord = await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record());
        Assert.Single(afterRecord["records"]!.AsArray());
        Assert.Equal(seenVersion, (int)afterRecord["version"]!);
        Assert.True(DateTimeOffset.Parse((string)afterRecord["lastActivityAt"]!, CultureInfo.InvariantCulture) >= seenActivity);

        // The stage move was prepared on the view from before the record: it is not stale, and the record counts for it.
        var moved = await staff.PostOkAsync($"/api/v1/cases/{id}/stage",
            new JsonObject { ["to"] = "Planning", ["reason"] = "已提供指导，进入计划制定", ["version"] = seenVersion });
        Assert.Equal("Planning", (string?)moved["stage"]);
        Assert.Equal(seenVersion + 1, (int)moved["version"]!);
    }
}

[Collection(OnSqlite.Name)]
public sealed class CaseActivitySqliteTests(SqliteApp app) : CaseActivityTests(app);

[Collection(OnPostgres.Name)]
public sealed class CaseActivityPostgresTests(PostgresApp app) : CaseActivityTests(app);
