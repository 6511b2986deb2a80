using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, every API endpoint that takes a JSON body, against records that exist: each field null, each text field an
/// injection string (SQL, script, traversal), a NUL, a lone surrogate, control characters or 100,000 characters, each
/// number and date at its extremes. The values a field may hold are taken (and stored verbatim); the rest are refused
/// with a 4xx problem — over-long text always, naming the field — and nothing is written. Never a 5xx.
/// </summary>
public abstract class HostileContentTests(AppFixture app, IHostileApp hostile)
{
    [Fact, Trait("Clause", "4.4d")]
    public async Task Hostile_and_over_long_field_values_never_break_an_endpoint_and_over_long_is_refused()
    {
        var suite = await HostileSuite.StartAsync(new(app, hostile));
        var ids = new RealIds();
        foreach (var op in suite.Operations.Where(o => o.JsonBody is not null))
        {
            using var client = await suite.ClientAsync(op);
            var url = await ids.UrlAsync(op, client);
            foreach (var c in suite.Bodies.Content(op.JsonBody!))
            {
                await suite.Probe.SendAsync(client, new HttpMethod(op.Method), url, c.Content(), c.Expect,
                    $"{op} {url} [{c.Name}]", c.Expect == Expect.Reject ? c.Field : null);
            }
        }
        suite.Probe.AssertClean("field values");
    }
}

[Collection(OnHostileSqlite.Name)]
public sealed class HostileContentSqliteTests(HostileSqliteApp app) : HostileContentTests(app, app);

[Collection(OnHostilePostgres.Name)]
public sealed class HostileContentPostgresTests(HostilePostgresApp app) : HostileContentTests(app, app);
