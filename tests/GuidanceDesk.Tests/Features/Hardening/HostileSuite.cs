using System.Text;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>What the hostile tests share: the catalogue of operations, the benign URL of each, and who calls it.</summary>
public sealed class HostileSuite
{
    /// <summary>A number no record has: the endpoint gets past routing and answers "not found" (or refuses the input first).</summary>
    public const string Missing = "987654321";

    /// <summary>Operations that are not sent hostile input, each with the reason; everything else in the catalogue is.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotFuzzed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /api/v1/backups/"] = "takes no input at all and runs a full backup of the database and the file store (BackupTests cover it)",
    };

    public HostileSuite(AppFixtureAccess app)
    {
        App = app;
        Operations = [.. ApiCatalog.Operations(app.Fixture.Services).Where(o => !NotFuzzed.ContainsKey(o.ToString()))];
        Shape = BodyShape.Of(app.Fixture.Services);
        Bodies = new BodyCases(Shape);
        Probe = new HostileProbe(app.Hostile.Writes);
        Callers = new Callers(app.Fixture);
    }

    public AppFixtureAccess App { get; }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public BodyShape Shape { get; }

    public BodyCases Bodies { get; }

    public HostileProbe Probe { get; }

    public Callers Callers { get; }

    /// <summary>A harmless value for a route parameter, by its constraint and type.</summary>
    public static string Benign(RouteParameter p)
    {
        if (p.Constraint is "long" or "int")
            return Missing;
        if (p.Constraint?.StartsWith("regex(", StringComparison.Ordinal) == true)
            return p.Constraint.Contains("xlsx", StringComparison.Ordinal) ? "xlsx" : "x";
        var type = BodyShape.Unwrap(p.Type);
        if (type == typeof(DateOnly))
            return "2026-06-15";
        if (type.IsEnum)
            return Enum.GetNames(type)[Math.Min(1, Enum.GetNames(type).Length - 1)];
        return "x";
    }

    public static string BenignUrl(ApiOperation op) => op.Url(Benign);

    /// <summary>The baseline JSON body of an operation that takes one (so that the body is not what gets the request refused).</summary>
    public HttpContent? BaselineBody(ApiOperation op) =>
        op.JsonBody is null ? null : new StringContent(Bodies.Baseline(op.JsonBody).ToJsonString(), Encoding.UTF8, "application/json");

    public async Task<HttpClient> ClientAsync(ApiOperation op) => await Callers.ForAsync(op, BenignUrl(op));

    /// <summary>
    /// Every account the hostile tests sign in as, signed in now (the fixture keeps the tokens): fuzzing
    /// <c>/auth/token</c> spends the sign-in rate limit (30 a minute per address), and a later sign-in would get 429.
    /// </summary>
    public static async Task<HostileSuite> StartAsync(AppFixtureAccess app)
    {
        await PortalAccounts.EmployerAsync(app.Fixture, PortalAccounts.SecondEmployer);
        foreach (var user in Callers.Demo.Select(d => d.User).Concat(["counselor2", "worker2", PortalAccounts.SecondEmployer]))
            (await app.Fixture.ClientAsAsync(user)).Dispose();
        return new HostileSuite(app);
    }
}

/// <summary>The fixture and its hostile extras, as one argument.</summary>
public sealed record AppFixtureAccess(GuidanceDesk.Tests.Support.AppFixture Fixture, IHostileApp Hostile);
