namespace GuidanceDesk.Web.Domain.Identifiers;

/// <summary>Validates 18-character unified social credit codes (统一社会信用代码) per GB 32100-2015.</summary>
public static class UnifiedSocialCreditCode
{
    private const int Length = 18;

    // GB 32100 code set: digits and upper-case letters without I, O, S, V, Z (easily confused with 1, 0, 5, U, 2).
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static UsccCheck Check(string? value)
    {
        var normalized = value?.Trim().ToUpperInvariant() ?? "";
        if (normalized.Length == 0)
        {
            return Fail(UsccError.Empty);
        }

        if (normalized.Length != Length)
        {
            return Fail(UsccError.WrongLength);
        }

        if (!HasValidCharacters(normalized))
        {
            return Fail(UsccError.InvalidCharacters);
        }

        if (normalized[17] != ComputeCheckCharacter(normalized.AsSpan(0, 17)))
        {
            return Fail(UsccError.ChecksumMismatch);
        }

        var warning = normalized[16] != ComputeOrganizationCheckCharacter(normalized.AsSpan(8, 8));
        return new UsccCheck(true, normalized, null, warning);
    }

    /// <summary>Message shown next to the credit code field.</summary>
    public static string Describe(UsccError e) => e switch
    {
        UsccError.Empty => "请输入统一社会信用代码",
        UsccError.WrongLength => "统一社会信用代码应为18位",
        UsccError.InvalidCharacters =>
            "统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z），第3至8位应为行政区划数字代码",
        UsccError.ChecksumMismatch => "统一社会信用代码校验位不正确，请核对后重新输入",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, null),
    };

    /// <summary>The GB 32100 MOD 31 check character for the first 17 characters.</summary>
    internal static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>The GB 11714 MOD 11 check character for an 8-character organisation code body.</summary>
    internal static char ComputeOrganizationCheckCharacter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < OrganizationWeights.Length; i++)
        {
            // GB 11714 values letters A=10 … Z=35 (its own mapping, not the GB 32100 alphabet index).
            var c = body[i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * OrganizationWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    private static bool HasValidCharacters(string normalized)
    {
        for (var i = 0; i < Length; i++)
        {
            var c = normalized[i];
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            // Characters 3–8 are the registering authority's administrative division code, always numeric.
            if (i is >= 2 and <= 7 && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static UsccCheck Fail(UsccError error) => new(false, null, error, false);
}
