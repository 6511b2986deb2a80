using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>A second employer account (the demo has one): its own employer record, registered by a counselor.</summary>
public static class PortalAccounts
{
    public const string SecondEmployer = "employer-b";

    private static readonly SemaphoreSlim Gate = new(1, 1);

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
