using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>At start-up: apply migrations, make sure the roles exist, and on an empty database create the demo agency.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }

        if (configuration.GetValue("DemoData:Enabled", true) && !await db.ServiceUnits.AnyAsync(ct))
            await ActivatorUtilities.CreateInstance<DemoData>(sp).SeedAsync(ct);
    }
}
