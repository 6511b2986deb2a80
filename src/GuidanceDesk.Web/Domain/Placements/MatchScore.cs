using System.Globalization;

namespace GuidanceDesk.Web.Domain;

/// <summary>
/// Scores a seeker's job intention against a vacancy (GB/T 33535 job referral, R-7.1.4) from parts a counselor can
/// explain to the worker: occupation 40, district 20, pay 15, education 10, experience 10, age 5, skills 5 (only when
/// both sides list skills), assessment 0 (see <see cref="AssessmentHook"/>). Pure: the same inputs give the same score.
/// </summary>
public static class MatchScore
{
    public const int OccupationMax = 40, DistrictMax = 20, PayMax = 15, EducationMax = 10, ExperienceMax = 10, AgeMax = 5, SkillsMax = 5;

    /// <summary>The youngest legal working age (劳动法 第十五条).</summary>
    public const int MinimumWorkingAge = 16;

    /// <param name="groupName">The name of an occupation code or group (e.g. "4-01-02" → "销售人员"), for the explanation.</param>
    public static MatchResult Compute(MatchSeeker s, MatchVacancy v, DateOnly today, Func<string, string?>? groupName = null)
    {
        var age = Worker.AgeAt(s.DateOfBirth, today);
        var components = new List<MatchComponent>
        {
            Occupation(s.OccupationCode, v.OccupationCode, groupName ?? (_ => null)),
            District(s.DistrictCode, v.DistrictCode),
            Pay(s.MinMonthlyPay, v.PayMin, v.PayMax),
            EducationPart(s.Education, v.MinEducation),
            Experience(s.ExperienceYears, v.MinExperienceYears),
            Age(age, v.AgeMin, v.AgeMax),
            Skills(s.Skills, v.Skills),
            AssessmentHook.None(),
        };
        return new MatchResult(components.Sum(c => c.Points), components.Sum(c => c.Max), age >= MinimumWorkingAge, components);
    }

    public static MatchComponent Occupation(string? seeker, string? vacancy, Func<string, string?> groupName)
    {
        if (string.IsNullOrWhiteSpace(vacancy))
            return new(MatchFactor.Occupation, 0, OccupationMax, "岗位未选择职业分类，职业不计分");
        if (string.IsNullOrWhiteSpace(seeker))
            return new(MatchFactor.Occupation, 0, OccupationMax, "劳动者未填写意向职业，职业不计分");
        (string Level, int Points, string? Code)[] levels =
        [
            ("同一职业", OccupationMax, seeker == vacancy ? vacancy : null),
            ("同一小类职业", 30, Same(OccupationGroups.MinorOf(seeker), OccupationGroups.MinorOf(vacancy))),
            ("同一中类职业", 20, Same(OccupationGroups.MediumOf(seeker), OccupationGroups.MediumOf(vacancy))),
            ("同一大类职业", 10, Same(OccupationGroups.MajorOf(seeker), OccupationGroups.MajorOf(vacancy))),
        ];
        foreach (var (level, points, code) in levels)
        {
            if (code is null)
                continue;
            var label = groupName(code) is { } name ? code + " " + name : code;
            return new(MatchFactor.Occupation, points, OccupationMax, $"{level}（{label}）");
        }
        return new(MatchFactor.Occupation, 0, OccupationMax, $"职业大类不同（意向 {seeker}，岗位 {vacancy}）");
    }

    public static MatchComponent District(string? seeker, string vacancy)
    {
        if (string.IsNullOrWhiteSpace(seeker))
            return new(MatchFactor.District, 10, DistrictMax, "劳动者未限定工作地点");
        if (seeker == vacancy)
            return new(MatchFactor.District, DistrictMax, DistrictMax, "同一区县");
        var area = ChongqingAreas.Of(seeker);
        if (area != ChongqingArea.Unknown && area == ChongqingAreas.Of(vacancy))
            return new(MatchFactor.District, 12, DistrictMax, $"同属{ChongqingAreas.Name(area)}");
        return new(MatchFactor.District, 0, DistrictMax, $"岗位在{ChongqingAreas.Name(ChongqingAreas.Of(vacancy))}，与意向地点不在同一片区");
    }

    /// <summary>
    /// Full points when the seeker asks no more than the lowest pay offered; within the range, 8 points plus up to 7
    /// more for the room left under the top of the range; nothing when the seeker asks more than the top.
    /// </summary>
    public static MatchComponent Pay(int? want, int min, int max)
    {
        if (want is not { } w)
            return new(MatchFactor.Pay, 10, PayMax, $"劳动者未填写期望月薪；岗位月薪 {Yuan(min)}–{Yuan(max)} 元");
        if (w <= min)
            return new(MatchFactor.Pay, PayMax, PayMax, $"期望月薪 {Yuan(w)} 元 ≤ 岗位下限 {Yuan(min)} 元");
        if (w <= max)
        {
            var points = 8 + (7 * (max - w) / (max - min));
            return new(MatchFactor.Pay, points, PayMax, $"期望月薪 {Yuan(w)} 元 ≤ 岗位上限 {Yuan(max)} 元");
        }
        return new(MatchFactor.Pay, 0, PayMax, $"期望月薪 {Yuan(w)} 元 > 岗位上限 {Yuan(max)} 元");
    }

    public static MatchComponent EducationPart(Education have, Education need)
    {
        if (need == Education.Unknown)
            return new(MatchFactor.Education, EducationMax, EducationMax, "岗位不限学历");
        if (have == Education.Unknown)
            return new(MatchFactor.Education, 0, EducationMax, "劳动者学历未登记");
        return have >= need
            ? new(MatchFactor.Education, EducationMax, EducationMax, $"学历{EducationName(have)}，满足{EducationName(need)}及以上要求")
            : new(MatchFactor.Education, 0, EducationMax, $"学历{EducationName(have)}，低于{EducationName(need)}要求");
    }

    /// <summary>Short of the years asked, points in proportion (rounded down): 2 of 4 years earns half.</summary>
    public static MatchComponent Experience(int have, int need)
    {
        if (need <= 0)
            return new(MatchFactor.Experience, ExperienceMax, ExperienceMax, "岗位不要求工作经验");
        return have >= need
            ? new(MatchFactor.Experience, ExperienceMax, ExperienceMax, $"工作经验 {have} 年 ≥ 要求 {need} 年")
            : new(MatchFactor.Experience, ExperienceMax * have / need, ExperienceMax, $"工作经验 {have} 年，少于要求 {need} 年");
    }

    public static MatchComponent Age(int age, int? min, int? max)
    {
        if (age < MinimumWorkingAge)
            return new(MatchFactor.Age, 0, AgeMax, $"{age} 岁，未满 16 周岁不得推荐就业（劳动法第十五条）");
        if ((min is { } lo && age < lo) || (max is { } hi && age > hi))
        {
            var range = (min ?? MinimumWorkingAge).ToString(CultureInfo.InvariantCulture) + "–" + (max?.ToString(CultureInfo.InvariantCulture) ?? "不限");
            return new(MatchFactor.Age, 0, AgeMax, $"{age} 岁，不在岗位年龄范围 {range} 岁内");
        }
        return new(MatchFactor.Age, AgeMax, AgeMax, min is null && max is null ? $"{age} 岁，岗位不限年龄" : $"{age} 岁，在岗位年龄范围内");
    }

    /// <summary>Counts only when both the seeker's and the vacancy's skills are known (the max is 0 otherwise).</summary>
    public static MatchComponent Skills(IReadOnlyList<string>? have, IReadOnlyList<string> need)
    {
        if (need.Count == 0 || have is null || have.Count == 0)
            return new(MatchFactor.Skills, 0, 0, need.Count == 0 ? "岗位未列技能要求，不计分" : "劳动者技能未登记，不计分");
        var matched = need.Where(n => have.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        return new(MatchFactor.Skills, SkillsMax * matched.Count / need.Count, SkillsMax,
            matched.Count == 0 ? "不具备岗位所列技能" : $"具备岗位所列技能 {matched.Count}/{need.Count} 项：{string.Join("、", matched)}");
    }

    private static string? Same(string? a, string? b) => a is not null && a == b ? a : null;

    private static string Yuan(int amount) => amount.ToString("N0", CultureInfo.InvariantCulture);

    private static string EducationName(Education e) => e switch
    {
        Education.PrimaryOrBelow => "小学", Education.JuniorSecondary => "初中", Education.SeniorSecondary => "高中",
        Education.SecondaryVocational => "中专/技校", Education.JuniorCollege => "大专", Education.Bachelor => "本科",
        Education.Master => "硕士", Education.Doctorate => "博士", _ => "未知",
    };
}

/// <summary>
/// Where career-assessment results (7.1.6–7.1.7) will enter matching once assessments exist: e.g. a RIASEC interest
/// profile against the occupation's. Until then it reports "no assessment" with weight 0, so it moves no score.
/// </summary>
public static class AssessmentHook
{
    public static MatchComponent None() => new(MatchFactor.Assessment, 0, 0, "暂无职业测评结果，不计分");
}
