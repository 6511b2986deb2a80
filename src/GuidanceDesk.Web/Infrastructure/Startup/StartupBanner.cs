using GuidanceDesk.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>Tells whoever ran <c>dotnet run</c> where the app is and how to sign in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var provider = DatabaseSetup.ProviderFrom(app.Configuration);
        var lines = new List<string>
        {
            "",
            "  GuidanceDesk 职业指导服务平台 is running",
            $"  URL:       {string.Join("  ", addresses)}",
            $"  Database:  {provider}" + (provider == DatabaseProvider.Sqlite
                ? $" ({DatabaseSetup.ConnectionString(app.Configuration, app.Environment.ContentRootPath)})" : ""),
        };
        if (app.Configuration.GetValue("DemoData:Enabled", true))
        {
            lines.Add($"  Demo sign-ins (password for all: {DemoData.Password}):");
            lines.AddRange(DemoData.Accounts.Select(a => $"    {a.UserName,-12} {a.Role,-10} {a.Description}"));
        }
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
