using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Placements;

/// <summary>Vacancies made straight in the database (the vacancy pages are another area's), and worker intentions.</summary>
public static class PlacementKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<long> VacancyAsync(AppFixture app, string title, string? occupation, string district, int payMin, int payMax,
        Education education = Education.SeniorSecondary, int experience = 0, int posts = 2, VacancyStatus status = VacancyStatus.Open)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = scope.ServiceProvider.GetRequiredService<AgencyClock>().Today;
        var employer = await db.Employers.OrderBy(e => e.Id).FirstAsync(Ct);
        var v = new Vacancy(employer.ServiceUnitId, employer.Id, VacancySource.Staff, now);
        v.Update(new VacancyDetails(title, occupation, occupation is null ? "其他" : null, posts, district, null, payMin, payMax, education,
            experience, 18, 55, [], "每天8小时", ContractType.FixedTerm, null, "负责岗位日常工作", today, today.AddDays(30)), now);
        if (status != VacancyStatus.Draft)
            v.Open(today, now);
        if (status == VacancyStatus.Filled)
            v.MarkFilled(now);
        db.Vacancies.Add(v);
        await db.SaveChangesAsync(Ct);
        return v.Id;
    }

    public static Action<JsonObject> Wants(string occupation, string district, int pay) => w =>
        w["jobIntentions"] = new JsonArray(new JsonObject { ["occupationCode"] = occupation, ["districtCode"] = district, ["minMonthlyPay"] = pay });

    public static JsonObject Placement(long workerId, long vacancyId, bool manual = false, string? note = null) => new()
    {
        ["workerId"] = workerId, ["vacancyId"] = vacancyId, ["channel"] = "Offline", ["isManual"] = manual, ["note"] = note,
    };
}
