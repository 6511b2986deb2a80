namespace GuidanceDesk.BrowserTests;

/// <summary>Unified social credit codes (GB 32100) for employers that do not exist: right check character, random body.</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string New(string region = "500103")
    {
        var body = "91" + region + "MA" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return body + Alphabet[(31 - (sum % 31)) % 31];
    }
}
