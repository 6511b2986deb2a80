using System.Globalization;

namespace GuidanceDesk.Web.Domain.Identifiers;

/// <summary>Validates 18-digit resident ID numbers per GB 11643-1999 (ISO 7064 MOD 11-2 check character).</summary>
public static class ResidentIdNumber
{
    private const int Length = 18;
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    // GB 11643's own worked example (440524188001010014) is born in 1880; the standard sets no lower bound, so only
    // dates before any plausible record are refused.
    private static readonly DateOnly EarliestBirthDate = new(1850, 1, 1);

    /// <param name="value">User input; surrounding whitespace and a lower-case x are tolerated.</param>
    /// <param name="today">Injected so that "not in the future" is testable and follows the caller's clock.</param>
    public static ResidentIdCheck Check(string? value, DateOnly today)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Fail(ResidentIdError.Empty);
        }

        // 15-digit first-generation numbers are deliberately rejected: they expired in 2013.
        if (trimmed.Length != Length)
        {
            return Fail(ResidentIdError.WrongLength);
        }

        var normalized = trimmed.ToUpperInvariant();
        if (!HasValidCharacters(normalized))
        {
            return Fail(ResidentIdError.InvalidCharacters);
        }

        if (!DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var birthDate) || birthDate < EarliestBirthDate)
        {
            return Fail(ResidentIdError.InvalidBirthDate);
        }

        if (birthDate > today)
        {
            return Fail(ResidentIdError.BirthDateInFuture);
        }

        if (normalized[17] != ComputeCheckCharacter(normalized.AsSpan(0, 17)))
        {
            return Fail(ResidentIdError.ChecksumMismatch);
        }

        // The region code is not looked up: numbers keep the code in force at first registration,
        // so abolished codes (e.g. pre-1997 Sichuan 51xxxx for Chongqing residents) are legitimate.
        var gender = (normalized[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        return new ResidentIdCheck(true, normalized, null, birthDate, gender, normalized[..6]);
    }

    /// <summary>Message shown next to the ID number field.</summary>
    public static string Describe(ResidentIdError error) => error switch
    {
        ResidentIdError.Empty => "请输入身份证号码",
        ResidentIdError.WrongLength => "身份证号码应为18位",
        ResidentIdError.InvalidCharacters => "身份证号码前17位应为数字，最后一位为数字或字母X",
        ResidentIdError.InvalidBirthDate => "身份证号码中的出生日期无效，请核对后重新输入",
        ResidentIdError.BirthDateInFuture => "身份证号码中的出生日期晚于今天，请核对后重新输入",
        ResidentIdError.ChecksumMismatch => "身份证号码校验位不正确，请核对后重新输入",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    /// <summary>The MOD 11-2 check character for the first 17 digits.</summary>
    internal static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static bool HasValidCharacters(string normalized)
    {
        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(normalized[i]))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(normalized[17]) || normalized[17] == 'X';
    }

    private static ResidentIdCheck Fail(ResidentIdError error) => new(false, null, error, null, null, null);
}
