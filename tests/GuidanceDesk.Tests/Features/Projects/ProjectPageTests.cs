using System.Net;
using System.Text.RegularExpressions;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Projects.ProjectKit;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;

namespace GuidanceDesk.Tests.Features.Projects;

/// <summary>The project pages as served (4.6.1a): the design form posts, the list and the project page show progress, the case page its project.</summary>
public abstract partial class ProjectPageTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.1")]
    public async Task The_design_form_saves_a_project_and_its_page_shows_progress_links_and_the_case_shows_its_project()
    {
        using var signedIn = await app.ClientAsAsync("manager");
        // The form answers with a redirect; HttpClient would follow it without the bearer token.
        using var manager = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        manager.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        var form = await manager.GetStringAsync("/Projects/Edit", Ct);
        var token = Token().Match(form).Groups[1].Value;
        var lead = (await StaffIdAsync(app, "manager")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var posted = await manager.PostAsync("/Projects/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "页面设计的项目", ["Input.PeriodStart"] = Day(-10), ["Input.PeriodEnd"] = Day(50),
            ["Input.Objectives"] = "促进就业", ["Input.Criteria.DistrictCode"] = "500103", ["Input.Criteria.Groups"] = "CollegeGraduate",
            ["Input.Indicators[0].Kind"] = "PeopleReached", ["Input.Indicators[0].Target"] = "10",
            ["Input.Indicators[1].Kind"] = "", ["Input.Indicators[1].Target"] = "",
            ["Input.Schedule[0].Kind"] = "GroupSession", ["Input.Schedule[0].Title"] = "团体辅导", ["Input.Schedule[0].PlannedOn"] = Day(3),
            ["Input.Schedule[0].Status"] = "Planned", ["Input.Schedule[1].Kind"] = "Training", ["Input.Schedule[1].Title"] = "",
            ["Input.Schedule[1].Status"] = "Planned", ["Input.LeadStaffId"] = lead,
        }), Ct);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Ct));
        var id = long.Parse(posted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var view = await manager.GetFromJsonOkAsync($"{Api}/{id}");
        Assert.Equal(("页面设计的项目", 1, 1), ((string)view["title"]!, view["indicators"]!.AsArray().Count, view["schedule"]!.AsArray().Count));
        Assert.Equal("CollegeGraduate", (string?)view["criteria"]!["groups"]![0]);

        await manager.PostOkAsync($"{Api}/{id}/activate", new System.Text.Json.Nodes.JsonObject());
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "页面关联");
        await ExpectAsync(LinkCaseAsync(counselor, id, caseId), HttpStatusCode.NoContent);

        var list = await manager.GetStringAsync("/Projects?status=Active", Ct);
        Assert.Contains("页面设计的项目", list, StringComparison.Ordinal);
        Assert.Contains("<progress class=\"goal\"", list, StringComparison.Ordinal);
        var page = await counselor.GetStringAsync($"/Projects/Details/{id}", Ct);
        Assert.Contains("暂无数据（尚无满意度反馈）", page, StringComparison.Ordinal);
        Assert.Contains("页面关联", page, StringComparison.Ordinal);
        Assert.DoesNotContain("完成考核评估", page, StringComparison.Ordinal); // a counselor does not evaluate
        Assert.Contains("完成考核评估", await manager.GetStringAsync($"/Projects/Details/{id}", Ct), StringComparison.Ordinal);
        var casePage = await counselor.GetStringAsync($"/Cases/Details/{caseId}", Ct);
        Assert.Contains("所属指导项目", casePage, StringComparison.Ordinal);
        Assert.Contains($"/Projects/Details/{id}", casePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/Projects/Edit/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/Projects/Edit", Ct)).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(OnSqlite.Name)]
public sealed class ProjectPageSqliteTests(SqliteApp app) : ProjectPageTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectPagePostgresTests(PostgresApp app) : ProjectPageTests(app);
