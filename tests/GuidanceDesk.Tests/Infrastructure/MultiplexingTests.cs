using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>
/// The app's PostgreSQL connections are multiplexed unless the connection string says otherwise, and what needs
/// synchronous commands or a session of its own is not: the Data Protection key ring (sign-in cookies and tokens)
/// still stores its keys in the database and reads them back.
/// </summary>
public sealed class MultiplexedConnectionStringTests
{
    [Fact]
    public void The_app_multiplexes_unless_the_operator_wrote_otherwise()
    {
        Assert.True(new NpgsqlConnectionStringBuilder(DatabaseSetup.Multiplexed("Host=db;Database=gd")).Multiplexing);
        Assert.False(new NpgsqlConnectionStringBuilder(DatabaseSetup.Multiplexed("Host=db;Database=gd;Multiplexing=false")).Multiplexing);
        Assert.False(new NpgsqlConnectionStringBuilder(DatabaseSetup.Unmultiplexed("Host=db;Database=gd;Multiplexing=true")).Multiplexing);
    }
}

public abstract class KeyRingTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_key_is_stored_in_the_database_and_protects_and_unprotects()
    {
        var keys = app.Services.GetRequiredService<IKeyManager>();
        await using var scope = app.Scope();
        var ring = scope.ServiceProvider.GetRequiredService<KeyRingDbContext>();
        var before = await ring.DataProtectionKeys.CountAsync(Ct);

        // The key store writes synchronously: on PostgreSQL through the key ring's own, unmultiplexed connection.
        var key = keys.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        Assert.Equal(before + 1, await ring.DataProtectionKeys.CountAsync(Ct));
        Assert.Contains(keys.GetAllKeys(), k => k.KeyId == key.KeyId);
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("KeyRingTests");
        Assert.Equal("职业指导", protector.Unprotect(protector.Protect("职业指导")));
    }

    [Fact]
    public async Task Signed_in_staff_reach_their_pages_through_the_app_s_own_connections()
    {
        // Sign-in protects its token with the key ring; the worklist then reads through AppDbContext.
        using var client = await app.ClientAsAsync("counselor");
        using var worklist = await client.GetAsync("/api/v1/worklist", Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, worklist.StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsNpgsql())
        {
            Assert.True(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Multiplexing);
            var ring = scope.ServiceProvider.GetRequiredService<KeyRingDbContext>();
            Assert.False(new NpgsqlConnectionStringBuilder(ring.Database.GetConnectionString()).Multiplexing);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class KeyRingSqliteTests(SqliteApp app) : KeyRingTests(app);

[Collection(OnPostgres.Name)]
public sealed class KeyRingPostgresTests(PostgresApp app) : KeyRingTests(app);
