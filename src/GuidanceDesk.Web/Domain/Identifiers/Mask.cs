using System.Globalization;
using System.Text;

namespace GuidanceDesk.Web.Domain.Identifiers;

/// <summary>
/// Display masks for personal data on lists, printouts and logs. Inputs too short to mask meaningfully are
/// fully starred rather than shown, so a malformed value never leaks in clear.
/// </summary>
public static class Mask
{
    private const int IdVisible = 4;

    /// <summary>"500103190001010001" → "5001**********0001".</summary>
    public static string IdNumber(string? value)
    {
        var v = value?.Trim() ?? "";
        return v.Length <= IdVisible * 2
            ? Stars(v.Length)
            : string.Concat(v.AsSpan(0, IdVisible), Stars(v.Length - (IdVisible * 2)), v.AsSpan(v.Length - IdVisible));
    }

    /// <summary>Mobile "13812345678" → "138****5678"; landline "023-12345678" → "023******78".</summary>
    public static string Phone(string? value)
    {
        var check = PhoneNumber.Check(value);
        var digits = check.Normalized;
        if (digits is null)
        {
            // Unparseable input: keep nothing but the length so it still looks like "a number was entered".
            return Stars(value?.Trim().Length ?? 0);
        }

        if (PhoneNumber.IsMobile(digits))
        {
            return string.Concat(digits.AsSpan(0, 3), "****", digits.AsSpan(7));
        }

        var area = PhoneNumber.AreaCodeLength(digits);
        return string.Concat(digits.AsSpan(0, area), Stars(digits.Length - area - 2), digits.AsSpan(digits.Length - 2));
    }

    /// <summary>"张三丰" → "张**". Counts text elements so rare characters outside the BMP are not split.</summary>
    public static string Name(string? value)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0)
        {
            return "";
        }

        var first = StringInfo.GetNextTextElementLength(v);
        var remaining = new StringInfo(v[first..]).LengthInTextElements;
        return new StringBuilder(v, 0, first, first + remaining).Append('*', remaining).ToString();
    }

    /// <summary>Credit codes are public registration data (国家企业信用信息公示系统), so they are shown in full.</summary>
    public static string CreditCode(string? value) => value?.Trim() ?? "";

    private static string Stars(int count) => new('*', Math.Max(count, 0));
}
