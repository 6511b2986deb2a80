using System.Globalization;
using System.Security.Cryptography;

namespace GuidanceDesk.Web.Infrastructure.Jobs;

/// <summary>Settings of the background jobs (section <c>Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Whether this instance's scheduler fires jobs. Tests turn it off and run jobs themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>This instance's name in leases and claims; by default machine name, process id and a random part.</summary>
    public string? InstanceId { get; set; }
}

/// <summary>
/// Who this running app instance is, as written into job leases and outbox claims. The random part keeps two
/// processes apart that share a machine name and process id (containers restarted on one host).
/// </summary>
public sealed class AppInstance(string id)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(id) || id.Length > 80
        ? throw new ArgumentException("An instance id has 1 to 80 characters.", nameof(id))
        : id;

    public static AppInstance FromEnvironment()
    {
        var machine = Environment.MachineName;
        if (machine.Length > 50)
            machine = machine[..50];
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        return new AppInstance($"{machine}:{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}:{random}");
    }

    public override string ToString() => Id;
}
