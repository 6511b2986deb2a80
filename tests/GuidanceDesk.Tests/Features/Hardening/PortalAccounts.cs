using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>A second employer account (the demo has one): its own employer record, registered by a counselor.</summary>
public static class PortalAccounts
{
    public const string SecondEmployer = "employer-b";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>
    /// The latest record of each kind that is the portal user's own, by the collection that addresses it (<c>cases</c>,
    /// <c>plans</c> of <c>/assessments/plans/{id}</c>, …): portal users cannot list most collections, so their ids
    /// are found where the portal pages find them, in the database.
    /// </summary>
    public static async Task<Dictionary<string, long>> OwnRecordsAsync(AppFixture app, string userName)
    {
        var user = await DemoUsers.FindAsync(app, userName);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var roots = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string collection, long id)
        {
            if (id != 0)
                roots[collection] = id;
        }
        if (user.WorkerId is { } w)
        {
            Add("cases", await db.GuidanceCases.Where(x => x.WorkerId == w).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("appointments", await db.Appointments.Where(x => x.WorkerId == w).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("assessments", await db.Assessments.Where(x => x.WorkerId == w).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("plans", await db.AssessmentPlans.Where(x => x.WorkerId == w).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("reports", await db.CareerTendencyReports.Where(x => x.WorkerId == w).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("case-referrals", await db.CaseReferrals.Where(x => x.WorkerId == w).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("complaints", await db.Complaints.Where(x => x.WorkerId == w).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("workers", w);
        }
        if (user.EmployerId is { } e)
        {
            Add("vacancies", await db.Vacancies.Where(x => x.EmployerId == e).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("complaints", await db.Complaints.Where(x => x.EmployerId == e).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefaultAsync(ct));
            Add("employers", e);
        }
        return roots;
    }

    /// <summary>Creates the account (password as the demo users') once; later calls find it.</summary>
    public static async Task EmployerAsync(AppFixture app, string userName)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            await using var scope = app.Scope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is not null)
                return;
            using var counselor = await app.ClientAsAsync("counselor");
            var response = await counselor.PostJsonAsync("/api/v1/employers", TestData.Employer(name: "重庆另一家测试有限公司"));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var employerId = (long)(await response.BodyAsync())["id"]!;
            var user = new AppUser { UserName = userName, DisplayName = "另一家企业", EmployerId = employerId, TwoFactorExempt = true };
            Assert.True((await users.CreateAsync(user, "Demo2026pass")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Employer)).Succeeded);
        }
        finally
        {
            Gate.Release();
        }
    }
}
