using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, every API endpoint (read from the app's endpoint data source): route parameters and query-string parameters
/// replaced by injection strings, traversal, NUL, 10,000 characters, negative, overflowing and non-numeric values.
/// Whatever the value, the answer is never a 5xx; a refusal is problem+json and wrote nothing.
/// </summary>
public abstract class HostileUrlTests(AppFixture app, IHostileApp hostile)
{
    [Fact, Trait("Clause", "4.4d")]
    public async Task Hostile_route_values_are_refused_cleanly_on_every_endpoint()
    {
        var suite = await HostileSuite.StartAsync(new(app, hostile));
        foreach (var op in suite.Operations.Where(o => o.Route.Count > 0))
        {
            using var client = await suite.ClientAsync(op);
            foreach (var parameter in op.Route)
            {
                // A NUL in the path never reaches the app: the server refuses the request line (Kestrel answers 400).
                foreach (var value in Hostile.UrlValues.Where(v => !v.InUrl.Contains("%00", StringComparison.Ordinal)))
                {
                    var url = op.Url(p => p == parameter ? value.InUrl : HostileSuite.Benign(p));
                    await suite.Probe.SendAsync(client, new HttpMethod(op.Method), url, suite.BaselineBody(op), Expect.AnyButServerError,
                        $"{op} [{parameter.Name}={value.Name}]");
                }
            }
        }
        suite.Probe.AssertClean("route parameters");
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task Hostile_query_strings_are_refused_or_find_nothing_on_every_endpoint()
    {
        var suite = await HostileSuite.StartAsync(new(app, hostile));
        foreach (var op in suite.Operations.Where(o => o.Query.Count > 0))
        {
            using var client = await suite.ClientAsync(op);
            foreach (var parameter in op.Query)
            {
                foreach (var value in Hostile.UrlValues)
                {
                    var url = $"{HostileSuite.BenignUrl(op)}?{Uri.EscapeDataString(parameter.Name)}={value.InUrl}";
                    await suite.Probe.SendAsync(client, new HttpMethod(op.Method), url, suite.BaselineBody(op), Expect.AnyButServerError,
                        $"{op} [?{parameter.Name}={value.Name}]");
                }
            }
        }
        suite.Probe.AssertClean("query strings");
    }
}

[Collection(OnHostileSqlite.Name)]
public sealed class HostileUrlSqliteTests(HostileSqliteApp app) : HostileUrlTests(app, app);

[Collection(OnHostilePostgres.Name)]
public sealed class HostileUrlPostgresTests(HostilePostgresApp app) : HostileUrlTests(app, app);
