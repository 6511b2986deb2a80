using System.Globalization;
using System.Text.RegularExpressions;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>
/// What a third-party evaluator sees instead of a person (9.2.3, PIPL art. 73 去标识化): a stable pseudonym per evaluator
/// (a keyed hash — the same worker is the same pseudonym in every sample the evaluator draws, and cannot be looked up
/// without the key) and free text with identity numbers, phone numbers, e-mail addresses and the worker's own name
/// replaced. Names of other people written into a note cannot all be found by a pattern; the evaluator's terms forbid
/// re-identification, and the export says so.
/// </summary>
public sealed partial class Deidentifier(PersonalDataProtector protector)
{
    public const string Masked = "＊＊＊";

    public string Pseudonym(string evaluatorUserId, long workerId) =>
        "P-" + protector.LookupHash($"evaluator-pseudonym:{evaluatorUserId}:{workerId.ToString(CultureInfo.InvariantCulture)}")[..10].ToUpperInvariant();

    /// <summary>The text with identifiers masked and <paramref name="name"/> (and "surname + 先生/女士") replaced by the pseudonym.</summary>
    public static string? Text(string? text, string? name, string pseudonym)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        var result = IdNumber().Replace(text, Masked);
        result = Phone().Replace(result, Masked);
        result = Landline().Replace(result, Masked);
        result = Email().Replace(result, Masked);
        if (!string.IsNullOrWhiteSpace(name))
        {
            var n = name.Trim();
            result = result.Replace(n, pseudonym, StringComparison.Ordinal);
            if (n.Length >= 2)
            {
                foreach (var title in (string[])["先生", "女士", "同学", "师傅"])
                    result = result.Replace(n[..1] + title, pseudonym, StringComparison.Ordinal);
                if (n.Length >= 3)
                    result = result.Replace(n[1..], pseudonym, StringComparison.Ordinal);
            }
        }
        return result;
    }

    /// <summary>Age in ten-year bands: a birth date is an identifier, a band is not.</summary>
    public static string AgeBand(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year - (on.DayOfYear < birth.DayOfYear ? 1 : 0);
        var low = age < 20 ? 16 : age / 10 * 10;
        return age < 20 ? "16–19" : $"{low}–{low + 9}";
    }

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)")]
    private static partial Regex Landline();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")]
    private static partial Regex Email();
}
