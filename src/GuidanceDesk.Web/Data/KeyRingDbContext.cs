using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>
/// The Data Protection key ring's own context, over the <c>DataProtectionKeys</c> table that <see cref="AppDbContext"/>'s
/// migrations create. ASP.NET Core's key store reads and writes the ring synchronously, which a multiplexed PostgreSQL
/// connection refuses, and <see cref="AppDbContext"/>'s is multiplexed (<see cref="DatabaseSetup.Multiplexed"/>); this
/// one is not. The ring is read when the app starts and when a key falls due (days apart), so its few connections
/// cost nothing on the hot path.
/// </summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
