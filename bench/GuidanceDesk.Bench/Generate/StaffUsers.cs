using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// Sign-in accounts for the generated staff (user name <c>staff{id}</c>, the demo password, role by position, unit and
/// staff member in the claims, two-factor exempt like the demo accounts), so that load tests can act as any counselor.
/// Created through Identity's UserManager; the password is hashed once and the hash reused (PBKDF2 for 2,000 users
/// would take minutes and prove nothing).
/// </summary>
internal static class StaffUsers
{
    public static string UserName(long staffId) => $"staff{staffId}";

    public static async Task<int> EnsureAsync(IServiceProvider services)
    {
        var created = 0;
        string? hash = null;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            hash ??= users.PasswordHasher.HashPassword(new AppUser(), DemoData.Password);
            var staff = await db.StaffMembers.Where(s => s.UserId == null).OrderBy(s => s.Id).Take(100).ToListAsync();
            if (staff.Count == 0)
                return created;
            foreach (var s in staff)
            {
                var user = new AppUser
                {
                    UserName = UserName(s.Id), DisplayName = s.Name, ServiceUnitId = s.ServiceUnitId, StaffMemberId = s.Id,
                    TwoFactorExempt = true, PasswordHash = hash,
                };
                Check(await users.CreateAsync(user));
                Check(await users.AddToRoleAsync(user, s.Position switch
                {
                    StaffPosition.Head => Roles.Head,
                    StaffPosition.Manager => Roles.Manager,
                    StaffPosition.Custodian => Roles.Custodian,
                    _ => Roles.Counselor,
                }));
                s.LinkUser(user.Id);
                created++;
            }
            await db.SaveChangesAsync();
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
