using GuidanceDesk.Web.Data;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>
/// The app turns on Npgsql's statement preparation and skips the pool's reset unless the operator's connection
/// string says otherwise; what the operator writes always wins (e.g. <c>Max Auto Prepare=0</c> behind a pooler that
/// can not keep prepared statements).
/// </summary>
public sealed class PostgresConnectionDefaultsTests
{
    private static NpgsqlConnectionStringBuilder Resolved(string connectionString) =>
        new(DatabaseSetup.ConnectionString(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = connectionString,
        }).Build(), "/tmp"));

    [Fact]
    public void Preparation_and_no_reset_are_on_when_the_connection_string_says_nothing()
    {
        var csb = Resolved("Host=db.example;Username=gd;Password=secret;Database=gd");
        Assert.Equal(100, csb.MaxAutoPrepare);
        Assert.Equal(2, csb.AutoPrepareMinUsages);
        Assert.True(csb.NoResetOnClose);
        Assert.Equal(DatabaseSetup.DefaultMaxPoolSize, csb.MaxPoolSize);
        Assert.Equal("db.example", csb.Host);
        Assert.Equal("secret", csb.Password);
    }

    [Fact]
    public void What_the_operator_wrote_wins_in_either_spelling()
    {
        var csb = Resolved("Host=db.example;Username=gd;Password=secret;Database=gd;max auto prepare=0;NoResetOnClose=false;Maximum Pool Size=60");
        Assert.Equal(0, csb.MaxAutoPrepare);
        Assert.False(csb.NoResetOnClose);
        Assert.Equal(60, csb.MaxPoolSize);
        Assert.Equal(8, Resolved("Host=db.example;Database=gd;MaxPoolSize=8").MaxPoolSize);
    }
}
