using System.Text.RegularExpressions;

namespace GuidanceDesk.Web.Domain;

/// <summary>A requirement the fair-hiring check refused: the field to change and why (shown to the user).</summary>
public sealed record FairHiringProblem(string Field, string Message);

/// <summary>
/// 就业促进法 (art. 3, 26–31), 劳动法 (art. 12–15) and 妇女权益保障法 (art. 43) forbid recruitment conditions on gender,
/// ethnicity, household registration, marital or childbirth status and hepatitis B carriage, and employment under 16.
/// The check runs on every free-text field of a vacancy; an age range belongs in the age fields, where the legal
/// limit is checked, so ages written into the text are refused too. The patterns name the forbidden condition, not a
/// word that might only mention it (e.g. "男装销售" is fine, "限男性" is not).
/// </summary>
public static partial class FairHiring
{
    public const int MinimumWorkingAge = 16;
    public const int MaximumAgeLimit = 70;

    private static readonly (Regex Pattern, string Message)[] Rules =
    [
        (Gender(), "不得限定或优先某一性别（就业促进法第二十七条、妇女权益保障法第四十三条）"),
        (Ethnicity(), "不得以民族作为招聘条件（就业促进法第二十八条）"),
        (Household(), "不得以户籍作为招聘条件（就业促进法第三条、第三十一条）"),
        (Marriage(), "不得询问或限制婚姻、生育状况（妇女权益保障法第四十三条）"),
        (HepatitisB(), "不得以乙肝病原携带作为限制条件（就业促进法第三十条）"),
        (AgeInText(), "年龄要求请填写在“年龄”栏，由系统核对法定范围，不要写在文字说明里"),
    ];

    public static IReadOnlyList<FairHiringProblem> Check(VacancyDetails d)
    {
        var problems = new List<FairHiringProblem>();
        CheckText(problems, nameof(d.Title), d.Title);
        CheckText(problems, nameof(d.OccupationNote), d.OccupationNote);
        CheckText(problems, nameof(d.Skills), string.Join('；', d.Skills));
        CheckText(problems, nameof(d.WorkingHours), d.WorkingHours);
        CheckText(problems, nameof(d.Benefits), d.Benefits);
        CheckText(problems, nameof(d.Description), d.Description);
        if (d.AgeMin is { } min && min < MinimumWorkingAge)
            problems.Add(new(nameof(d.AgeMin), $"不得招用未满{MinimumWorkingAge}周岁的未成年人（劳动法第十五条）"));
        if (d.AgeMax is { } max && (max > MaximumAgeLimit || max < (d.AgeMin ?? MinimumWorkingAge)))
            problems.Add(new(nameof(d.AgeMax), $"年龄上限须在{d.AgeMin ?? MinimumWorkingAge}到{MaximumAgeLimit}岁之间"));
        return problems;
    }

    /// <summary>The entity's last guard: the first problem, as a refusal.</summary>
    public static void EnsureFair(VacancyDetails d)
    {
        if (Check(d) is [var first, ..])
            throw new DomainRuleException(first.Message, first.Field);
    }

    private static void CheckText(List<FairHiringProblem> problems, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        foreach (var (pattern, message) in Rules)
        {
            if (pattern.IsMatch(text))
                problems.Add(new(field, message));
        }
    }

    [GeneratedRegex(@"(限|仅限|只限|只招|仅招|只要|要求|性别[:：]?)\s*(男|女)(性|士|生)?(?![男女]不限|装|鞋|款)|(男|女)(性|士|生)?\s*优先|不招(男|女)|(男|女)(性|士|生)?\s*勿扰")]
    private static partial Regex Gender();

    [GeneratedRegex(@"汉族|(限|仅限|只招|不招|谢绝|不要)\s*\p{IsCJKUnifiedIdeographs}{0,4}族|少数民族(除外|勿扰|不要)|(民族|族)\s*优先")]
    private static partial Regex Ethnicity();

    [GeneratedRegex(@"(本地|本市|城镇|非农|农村|外地)(户口|户籍)|(户口|户籍)\s*(限|要求|优先|须|必须)|(限|仅限|要求)\s*\p{IsCJKUnifiedIdeographs}{0,4}(户口|户籍)")]
    private static partial Regex Household();

    [GeneratedRegex(@"已婚|未婚|已育|未育|婚育|单身|(怀孕|孕期|生育)\s*(者)?\s*(勿|不|除外)|(不|暂不)(接受|考虑|招)\s*(怀孕|孕|生育)|(两|二|三|\d)\s*年内\s*(不|无)\s*(生育|要孩子|怀孕)")]
    private static partial Regex Marriage();

    [GeneratedRegex(@"乙肝|HBV|小三阳|大三阳", RegexOptions.IgnoreCase)]
    private static partial Regex HepatitisB();

    [GeneratedRegex(@"\d{2}\s*(周)?岁\s*(以下|以上|以内|之间|之内|左右|内)|\d{2}\s*[-—~～至到]\s*\d{2}\s*(周)?岁|年龄\s*[:：]?\s*(不超过|不低于|在)?\s*\d{2}|(年龄|年纪)\s*(限|要求)")]
    private static partial Regex AgeInText();
}
