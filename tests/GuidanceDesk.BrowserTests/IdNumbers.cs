using System.Globalization;

namespace GuidanceDesk.BrowserTests;

/// <summary>Synthetic resident ID numbers (GB 11643 MOD 11-2) for a person who does not exist.</summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string Valid(string region, DateOnly birth, int sequence)
    {
        var body = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WrongChecksum(string valid) => valid[..17] + (valid[17] == '0' ? '1' : '0');

    /// <summary>The display mask the app uses: first 4, stars, last 4.</summary>
    public static string Masked(string id) => id[..4] + new string('*', 10) + id[^4..];
}
