using System.Security.Cryptography;
using GuidanceDesk.Web.Infrastructure.Backups;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceDesk.Tests.Infrastructure;

public sealed class BackupCipherAndRetentionTests
{
    private static byte[] Encrypt(byte[] plain, byte[] key)
    {
        using var output = new MemoryStream();
        using (var encrypting = BackupCipher.Encrypt(output, key, chunkBytes: 1000))
            encrypting.Write(plain);
        return output.ToArray();
    }

    private static byte[] Decrypt(byte[] archive, byte[] key)
    {
        using var decrypting = BackupCipher.Decrypt(new MemoryStream(archive), key);
        using var plain = new MemoryStream();
        decrypting.CopyTo(plain);
        return plain.ToArray();
    }

    [Fact, Trait("Clause", "4.4c")]
    public void The_archive_encryption_round_trips_in_chunks_and_refuses_a_wrong_key_a_changed_byte_and_a_cut_file()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var plain = RandomNumberGenerator.GetBytes(4321);
        var archive = Encrypt(plain, key);
        Assert.Equal(plain, Decrypt(archive, key));

        Assert.Contains("密钥不正确", Assert.Throws<BackupUnreadableException>(() => Decrypt(archive, RandomNumberGenerator.GetBytes(32))).Message);
        var changed = (byte[])archive.Clone();
        changed[2000] ^= 1;
        Assert.Contains("损坏", Assert.Throws<BackupUnreadableException>(() => Decrypt(changed, key)).Message);
        // Cut exactly after a whole chunk: only the missing final chunk gives it away.
        var cut = archive[..(45 + 2 * (4 + 1000 + 16))];
        Assert.Throws<BackupUnreadableException>(() => Decrypt(cut, key));
    }

    [Fact, Trait("Clause", "4.4c")]
    public void Retention_keeps_seven_daily_four_weekly_and_twelve_monthly_backups()
    {
        // A backup every night at 02:30 Beijing time for 400 nights, as the fake clock advances.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 18, 30, 0, TimeSpan.Zero));
        var backups = new List<(long, DateTimeOffset)>();
        for (var i = 1; i <= 400; i++)
        {
            backups.Add((i, clock.GetUtcNow()));
            clock.Advance(TimeSpan.FromDays(1));
        }
        var keep = BackupRetention.Keep(backups, new BackupOptions());
        // The last 7 nights are kept; the newest of each of 4 weeks and 12 months overlap some of them.
        Assert.All(Enumerable.Range(394, 7), id => Assert.Contains((long)id, keep));
        var months = backups.Where(b => keep.Contains(b.Item1)).Select(b => AgencyClockMonth(b.Item2)).Distinct().Count();
        Assert.Equal(12, months);
        Assert.InRange(keep.Count, 12, 7 + 4 + 12);
        // Nothing older than twelve months survives.
        Assert.True(backups.Where(b => keep.Contains(b.Item1)).Min(b => b.Item2) > clock.GetUtcNow().AddMonths(-13));
        // Fewer backups than slots: all are kept.
        Assert.Equal(3, BackupRetention.Keep(backups.Take(3), new BackupOptions()).Count);
    }

    private static string AgencyClockMonth(DateTimeOffset t) => GuidanceDesk.Web.Infrastructure.AgencyClock.ToLocal(t).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
