using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Surveys;

/// <summary>Answers, invitations placed straight in the database (for portal users and past periods) and the jobs, for the survey tests.</summary>
public static class SurveyKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A full set of answers: each latent's items get the given value (co1 is the raw complaint answer).</summary>
    public static int[] Answers(int image, int expectation, int quality, int value, int satisfaction, int complaintRaw, int loyalty) =>
        [.. SurveyItems.All.Select(i => i.Latent switch
        {
            Latent.Image => image,
            Latent.Expectation => expectation,
            Latent.Quality => quality,
            Latent.Value => value,
            Latent.Satisfaction => satisfaction,
            Latent.Complaint => complaintRaw,
            _ => loyalty,
        })];

    public static JsonObject Body(int[] answers, string? comment = null, Action<JsonObject>? change = null)
    {
        var a = new JsonObject();
        foreach (var item in SurveyItems.All)
            a[item.Code] = answers[item.Index];
        var body = new JsonObject { ["answers"] = a, ["comment"] = comment };
        change?.Invoke(body);
        return body;
    }

    /// <summary>An invitation for a worker, made at <paramref name="invitedAt"/> and open for <paramref name="days"/> days.</summary>
    public static async Task<long> InviteAsync(AppFixture app, long workerId, DateTimeOffset invitedAt, int days = 30, long? counselorId = null)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unit = await db.Workers.Where(w => w.Id == workerId).Select(w => w.ServiceUnitId).FirstAsync(TestContext.Current.CancellationToken);
        var s = new SatisfactionSurvey(SurveyOccasion.GuidanceRecords, "test:" + Guid.NewGuid().ToString("N"), unit, workerId, null,
            new SurveyLinks(null, null, null, counselorId, ServiceKind.Guidance, Channel.Offline), invitedAt, invitedAt.AddDays(days));
        db.SatisfactionSurveys.Add(s);
        await db.SaveChangesAsync(Ct);
        return s.Id;
    }

    /// <summary>An answered invitation at a past moment (the index tests read a period no other test writes in).</summary>
    public static async Task RespondedAsync(AppFixture app, long workerId, DateTimeOffset at, int[] answers, long? counselorId, string? comment = null)
    {
        var id = await InviteAsync(app, workerId, at.AddDays(-1), counselorId: counselorId);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var s = await db.SatisfactionSurveys.FirstAsync(x => x.Id == id, Ct);
        db.SatisfactionResponses.Add(s.Respond(answers, comment, ResponseMode.Portal, null, at));
        await db.SaveChangesAsync(Ct);
    }

    public static async Task<int> ScanAsync(AppFixture app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<GuidanceDesk.Web.Features.Surveys.SurveyInvitations>().ScanAsync(Ct);
    }

    public static async Task FileAllAsync(AppFixture app)
    {
        await using var scope = app.Scope();
        GuidanceDesk.Web.Features.Archive.SystemUser.Enter(scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>());
        var filing = scope.ServiceProvider.GetRequiredService<GuidanceDesk.Web.Features.Archive.ArchiveFiling>();
        while (await filing.FileBatchAsync(500, Ct) > 0)
        {
        }
    }

    /// <summary>A look at the database, written with synchronous queries (<see cref="AppFixture.QueryAsync"/>).</summary>
    public static Task<T> QueryAsync<T>(AppFixture app, Func<AppDbContext, T> query) => app.QueryAsync(query);
}
