using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Security;

/// <summary>
/// Key rotation for the field encryption (4.4d): after the admin configures a new key and keeps the old one as
/// retired, every identifier still reads, the background job protects them all again with the new key, and then the
/// old key can go. Each provider gets an app of its own, because the rotated app rewrites the stored values.
/// </summary>
public abstract class KeyRotationTests(AppFixture app)
{
    private const string NewKey = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4d")]
    public async Task After_a_rotation_every_identifier_reads_and_is_re_encrypted_with_the_new_key()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var body = TestData.Worker(name: "轮换测试");
        var idNumber = (string)body["worker"]!["idNumber"]!;
        var phone = (string)body["worker"]!["phone"]!;
        var created = await (await counselor.PostJsonAsync("/api/v1/workers", body)).BodyAsync();
        var workerId = (long)created["id"]!;
        using var manager = await app.ClientAsAsync("manager");
        var employer = TestData.Employer();
        var contactPhone = (string)employer["contacts"]![0]!["phone"]!;
        var employerId = (long)(await (await manager.PostJsonAsync("/api/v1/employers", employer)).BodyAsync())["id"]!;

        // The admin moves the old key to the retired list and sets v2.
        await using var rotated = app.Factory.WithWebHostBuilder(b => b
            .UseSetting("PersonalData:EncryptionKey", NewKey)
            .UseSetting("PersonalData:EncryptionKeyVersion", "v2")
            .UseSetting("PersonalData:RetiredEncryptionKeys:v1", TestKeys.Encryption));
        Assert.Equal((idNumber, phone), await RevealAsync(rotated, workerId));
        int before;
        await using (var scope = rotated.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<PersonalDataRekeyJob>();
            before = await job.RemainingAsync(Ct);
            Assert.True(before >= 3, $"the demo data, the new worker and employer hold old values; {before} found");
            await job.RunAsync(Ct);
            Assert.Equal(0, await job.RemainingAsync(Ct));
        }
        await using (var scope = rotated.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.DoesNotContain(await db.Workers.Select(w => w.IdNumber.Cipher).ToListAsync(Ct), c => !c.StartsWith("v2:", StringComparison.Ordinal));
            Assert.DoesNotContain(await db.Complaints.Where(c => c.Phone != null).Select(c => c.Phone!.Cipher).ToListAsync(Ct), c => !c.StartsWith("v2:", StringComparison.Ordinal));
            // The rewrite is audited as the system's, and did not make the record's open forms stale.
            Assert.True(await db.AuditEntries.AnyAsync(a => a.UserName == "system" && a.EntityType == "Worker" && a.Fields!.Contains("v2"), Ct));
        }

        // The old key removed: everything still reads, and a search by ID number (keyed hash) still finds the worker.
        await using var onlyNew = app.Factory.WithWebHostBuilder(b => b
            .UseSetting("PersonalData:EncryptionKey", NewKey)
            .UseSetting("PersonalData:EncryptionKeyVersion", "v2"));
        Assert.Equal((idNumber, phone), await RevealAsync(onlyNew, workerId));
        using var client = await SignInAsync(onlyNew, "counselor");
        var found = await (await client.GetAsync($"/api/v1/workers?idNumber={idNumber}", Ct)).BodyAsync();
        Assert.Equal(workerId, (long)found["items"]![0]!["id"]!);
        await using (var scope = onlyNew.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
            var e = await db.Employers.SingleAsync(x => x.Id == employerId, Ct);
            Assert.Equal(contactPhone, protector.Unprotect(e.Contacts[0].PhoneCipher!));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PersonalDataRekeyJob>().RemainingAsync(Ct));
        }
    }

    private static async Task<(string, string?)> RevealAsync(WebApplicationFactory<Program> factory, long workerId)
    {
        using var client = await SignInAsync(factory, "counselor");
        var response = await client.PostAsJsonAsync($"/api/v1/workers/{workerId}/reveal", new { reason = "核对密钥轮换" }, Ct);
        var body = await response.EnsureSuccessStatusCode().BodyAsync();
        return ((string)body["idNumber"]!, (string?)body["phone"]);
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Demo2026pass" }, Ct)).BodyAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        return client;
    }
}

public sealed class KeyRotationSqliteApp : SqliteApp;

public sealed class KeyRotationPostgresApp : PostgresApp;

[CollectionDefinition(Name)]
public sealed class OnKeyRotationSqlite : ICollectionFixture<KeyRotationSqliteApp>
{
    public const string Name = "key rotation sqlite app";
}

[CollectionDefinition(Name)]
public sealed class OnKeyRotationPostgres : ICollectionFixture<KeyRotationPostgresApp>
{
    public const string Name = "key rotation postgres app";
}

[Collection(OnKeyRotationSqlite.Name)]
public sealed class KeyRotationSqliteTests(KeyRotationSqliteApp app) : KeyRotationTests(app);

[Collection(OnKeyRotationPostgres.Name)]
public sealed class KeyRotationPostgresTests(KeyRotationPostgresApp app) : KeyRotationTests(app);
