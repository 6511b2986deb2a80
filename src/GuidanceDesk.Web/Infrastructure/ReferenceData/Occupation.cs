namespace GuidanceDesk.Web.Infrastructure.ReferenceData;

/// <summary>
/// One row of the 2022 Occupational Classification (职业分类大典): a group or an occupation.
/// <paramref name="Green"/> = 绿色职业 (L), <paramref name="Digital"/> = 数字职业 (S);
/// <paramref name="Aliases"/> are job-board titles mapped to it, useful for search.
/// </summary>
public sealed record Occupation(
    string Code,
    string Name,
    OccupationLevel Level,
    bool Green,
    bool Digital,
    IReadOnlyList<string> Aliases);

/// <summary>Hierarchy level: 大类, 中类, 小类, 细类 (职业).</summary>
public enum OccupationLevel
{
    Major,
    Medium,
    Minor,
    Occupation,
}
