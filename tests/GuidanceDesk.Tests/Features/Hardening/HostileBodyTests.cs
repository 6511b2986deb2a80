using System.Net.Http.Headers;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, every API endpoint that takes a body: malformed JSON, an empty body, the wrong JSON type for the whole body
/// and for each field, nesting beyond any form, the wrong content type and a 50 MB body are refused with a 4xx
/// problem (a field's problem names the field) and write nothing.
/// </summary>
public abstract class HostileBodyTests(AppFixture app, IHostileApp hostile)
{
    [Fact, Trait("Clause", "4.4d")]
    public async Task Malformed_and_wrongly_typed_JSON_bodies_are_refused_field_by_field_on_every_endpoint()
    {
        var suite = await HostileSuite.StartAsync(new(app, hostile));
        foreach (var op in suite.Operations.Where(o => o.JsonBody is not null))
        {
            using var client = await suite.ClientAsync(op);
            foreach (var c in suite.Bodies.Format(op.JsonBody!))
            {
                await suite.Probe.SendAsync(client, new HttpMethod(op.Method), HostileSuite.BenignUrl(op), c.Content(), c.Expect,
                    $"{op} [{c.Name}]", c.Expect == Expect.Reject ? c.Field : null);
            }
        }
        suite.Probe.AssertClean("JSON bodies");
    }

    [Fact, Trait("Clause", "4.4d")]
    public async Task A_huge_or_junk_body_to_an_endpoint_without_a_JSON_body_is_never_a_server_error()
    {
        var suite = await HostileSuite.StartAsync(new(app, hostile));
        foreach (var op in suite.Operations.Where(o => o.JsonBody is null && o.Writes))
        {
            using var client = await suite.ClientAsync(op);
            foreach (var (name, content) in Junk())
            {
                await suite.Probe.SendAsync(client, new HttpMethod(op.Method), HostileSuite.BenignUrl(op), content, Expect.AnyButServerError, $"{op} [{name}]");
            }
        }
        suite.Probe.AssertClean("bodies of endpoints without a JSON body");
    }

    private static IEnumerable<(string, HttpContent)> Junk()
    {
        yield return ("malformed-json", new StringContent("{\"a\":", System.Text.Encoding.UTF8, "application/json"));
        var binary = new ByteArrayContent([0, 0xFF, 0xFE, 0x25, 0x50, 0x44, 0x46]);
        binary.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        yield return ("binary", binary);
        yield return ("form", new FormUrlEncodedContent([new("a", "' OR 1=1--")]));
    }
}

[Collection(OnHostileSqlite.Name)]
public sealed class HostileBodySqliteTests(HostileSqliteApp app) : HostileBodyTests(app, app);

[Collection(OnHostilePostgres.Name)]
public sealed class HostileBodyPostgresTests(HostilePostgresApp app) : HostileBodyTests(app, app);
