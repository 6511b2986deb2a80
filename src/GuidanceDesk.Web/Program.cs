using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Backups;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;
using GuidanceDesk.Web.Infrastructure.Telemetry;

// `-- backup` / `-- restore <file>`: run before the web host starts, then exit (docs/operations.md).
var command = BackupCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.Rest ?? args);
PersonalDataKeys.EnsureConfigured(builder);
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAppSecurity(builder.Configuration);
builder.Services.AddAppInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddAppPages(builder.Configuration);
builder.Services.AddAppTelemetry(builder.Configuration);

var app = builder.Build();
if (command is not null)
{
    // A restore must not migrate or seed the database it is about to replace; a backup needs the schema in place.
    if (command.Verb == "backup")
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
    Environment.ExitCode = await command.RunAsync(app.Services, Console.Out, CancellationToken.None);
    return;
}
await app.Services.InitializeDatabaseAsync(app.Configuration, app.Lifetime.ApplicationStopping);

app.UseAppPipeline();
app.MapAppEndpoints();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
