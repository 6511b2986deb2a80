using System.Text;

namespace GuidanceDesk.Web.Domain.Identifiers;

/// <summary>Result of <see cref="PhoneNumber.Check"/>; <paramref name="Normalized"/> is digits only.</summary>
public sealed record PhoneCheck(bool IsValid, string? Normalized, string? Error);

/// <summary>Validates mainland China mobile numbers and landlines with an area code.</summary>
public static class PhoneNumber
{
    internal const string EmptyMessage = "请输入联系电话";
    internal const string CharactersMessage = "联系电话只能包含数字、空格、短横线和括号";
    internal const string FormatMessage = "请输入11位手机号码，或带区号的固定电话（如023-12345678）";

    public static PhoneCheck Check(string? value)
    {
        var input = value?.Trim() ?? "";
        if (input.Length == 0)
        {
            return new PhoneCheck(false, null, EmptyMessage);
        }

        var hasCountryCode = TryStripCountryCode(ref input);
        if (!TrySplit(input, out var digits, out var explicitAreaCode))
        {
            return new PhoneCheck(false, null, CharactersMessage);
        }

        if (IsMobile(digits))
        {
            return new PhoneCheck(true, digits, null);
        }

        // Internationally formatted landlines drop the trunk 0 of the area code (+86 23 …).
        if (hasCountryCode && !digits.StartsWith('0'))
        {
            digits = "0" + digits;
            explicitAreaCode = explicitAreaCode is null ? null : "0" + explicitAreaCode;
        }

        var areaLength = explicitAreaCode?.Length ?? AreaCodeLength(digits);
        return IsLandline(digits, areaLength)
            ? new PhoneCheck(true, digits, null)
            : new PhoneCheck(false, null, FormatMessage);
    }

    /// <summary>
    /// Length of the area code of a digits-only landline: 010 and 02x are the only 3-digit area codes
    /// in mainland China, every other one has 4 digits.
    /// </summary>
    internal static int AreaCodeLength(string digits) =>
        digits.StartsWith("010", StringComparison.Ordinal) || digits.StartsWith("02", StringComparison.Ordinal) ? 3 : 4;

    internal static bool IsMobile(string digits) =>
        digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9';

    private static bool IsLandline(string digits, int areaLength)
    {
        if (areaLength is < 3 or > 4 || digits.Length <= areaLength || digits[0] != '0' || digits[1] == '0')
        {
            return false;
        }

        var localLength = digits.Length - areaLength;
        return localLength is 7 or 8 && digits[areaLength] != '0';
    }

    private static bool TryStripCountryCode(ref string input)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["+86", "0086", "（+86）", "(+86)"])
        {
            if (input.StartsWith(prefix, StringComparison.Ordinal))
            {
                input = input[prefix.Length..].TrimStart(' ', '-');
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Removes separators and collects the digits. When the caller separated the area code
    /// ("023-12345678", "(023)12345678") that split is reported so it wins over the length rule.
    /// </summary>
    private static bool TrySplit(string input, out string digits, out string? explicitAreaCode)
    {
        var builder = new StringBuilder(input.Length);
        explicitAreaCode = null;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (c is ' ' or '-' or '(' or ')' or '（' or '）' or '\u3000')
            {
                if (explicitAreaCode is null && builder.Length > 0 && c is '-' or ')' or '）')
                {
                    explicitAreaCode = builder.ToString();
                }
            }
            else
            {
                digits = "";
                return false;
            }
        }

        digits = builder.ToString();
        return true;
    }
}
