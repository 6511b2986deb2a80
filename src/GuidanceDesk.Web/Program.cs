using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
PersonalDataKeys.EnsureConfigured(builder);
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAppSecurity(builder.Configuration);
builder.Services.AddAppInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddAppPages(builder.Configuration);

var app = builder.Build();
await app.Services.InitializeDatabaseAsync(app.Configuration, app.Lifetime.ApplicationStopping);

app.UseAppPipeline();
app.MapAppEndpoints();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
