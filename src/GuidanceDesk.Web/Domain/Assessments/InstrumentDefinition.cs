using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidanceDesk.Web.Domain;

/// <summary>What an instrument measures; decides which part of the report its results feed.</summary>
public enum InstrumentKind { Interest = 1, Personality = 2, Values = 3, Ability = 4 }

/// <summary>A text in both languages of the UI (Chinese first).</summary>
public sealed record Localized(string Zh, string En)
{
    public string In(bool english) => english ? En : Zh;
}

public sealed record ScaleLabel(int Value, string Zh, string En);

public sealed record ResponseScale(int Min, int Max, IReadOnlyList<ScaleLabel> Labels);

/// <summary>A scored scale; a facet names its domain in <see cref="Parent"/>.</summary>
public sealed record ScaleDefinition(string Code, string? Parent, Localized Name, Localized Description, Localized? High, Localized? Low);

public sealed record ItemDefinition(string Id, string Scale, string Keyed, string Zh, string En)
{
    public bool IsReversed => Keyed == "minus";
}

public sealed record NormStat(double Mean, double Sd);

public sealed record Norms(Localized Group, string Method, string Source, IReadOnlyDictionary<string, NormStat> Scales);

public sealed record TranslationRecord(string Translator, string Reviewer, string Date, string Method);

/// <summary>
/// One version of an assessment instrument (docs/instrument-format.md), parsed from its JSON. Immutable: results
/// keep the id of the version they were scored with, so a new version never changes a past result.
/// </summary>
public sealed record InstrumentDefinition(
    string Code, string Version, InstrumentKind Kind, Localized Name, Localized Description, Localized Instructions,
    int EstimatedMinutes, string Source, TranslationRecord? Translation, ResponseScale ResponseScale,
    IReadOnlyList<ScaleDefinition> Scales, IReadOnlyList<ItemDefinition> Items, Norms Norms)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Reads and checks a definition; a broken one throws <see cref="DomainRuleException"/> naming the first problem.</summary>
    public static InstrumentDefinition Parse(string json)
    {
        InstrumentDefinition? d;
        try
        {
            d = JsonSerializer.Deserialize<InstrumentDefinition>(json, Json);
        }
        catch (JsonException e)
        {
            throw new DomainRuleException($"测评工具定义不是有效的 JSON：{e.Message}", "definition");
        }
        if (d is null)
            throw new DomainRuleException("测评工具定义为空", "definition");
        var problems = d.Problems().ToList();
        if (problems.Count > 0)
            throw new DomainRuleException("测评工具定义有误：" + string.Join("；", problems.Take(5)), "definition");
        return d;
    }

    /// <summary>The scales that are not facets (the domains of a personality inventory, all scales elsewhere).</summary>
    public IEnumerable<ScaleDefinition> TopScales => Scales.Where(s => s.Parent is null);

    public ScaleDefinition? Scale(string code) => Scales.FirstOrDefault(s => s.Code == code);

    /// <summary>Everything wrong with the definition, in Chinese, for the loader and the upload form.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Code) || !Code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            yield return "code 只能由小写字母、数字和连字符组成";
        if (string.IsNullOrWhiteSpace(Version) || !System.Version.TryParse(Version, out _))
            yield return "version 应形如 1.0";
        if (!Enum.IsDefined(Kind))
            yield return "kind 应为 Interest、Personality、Values 或 Ability";
        if (ResponseScale is null || ResponseScale.Min >= ResponseScale.Max || ResponseScale.Min < 0 || ResponseScale.Max > 9)
        {
            yield return "responseScale 的 min、max 应在 0–9 之间且 min < max";
            yield break;
        }
        var values = ResponseScale.Labels?.Select(l => l.Value).Order().ToList() ?? [];
        if (!values.SequenceEqual(Enumerable.Range(ResponseScale.Min, ResponseScale.Max - ResponseScale.Min + 1)))
            yield return "responseScale.labels 应为每个选项各有一个标签";
        if (Scales is null || Scales.Count == 0 || Items is null || Items.Count == 0 || Norms?.Scales is null)
        {
            yield return "缺少 scales、items 或 norms";
            yield break;
        }
        var codes = Scales.Select(s => s.Code).ToHashSet();
        if (codes.Count != Scales.Count)
            yield return "scales 中有重复的代码";
        foreach (var s in Scales)
        {
            if (s.Parent is not null && (Scale(s.Parent) is not { Parent: null }))
                yield return $"量表 {s.Code} 的 parent {s.Parent} 不存在或本身是分量表";
            if (!Norms.Scales.TryGetValue(s.Code, out var n) || n.Sd <= 0)
                yield return $"量表 {s.Code} 缺少常模或标准差不大于 0";
            if (Missing(s.Name) || Missing(s.Description))
                yield return $"量表 {s.Code} 缺少中文或英文名称、说明";
        }
        if (Items.Select(i => i.Id).Distinct().Count() != Items.Count)
            yield return "items 中有重复的题号";
        foreach (var i in Items)
        {
            if (!codes.Contains(i.Scale))
                yield return $"题目 {i.Id} 的 scale {i.Scale} 不存在";
            if (i.Keyed is not ("plus" or "minus"))
                yield return $"题目 {i.Id} 的 keyed 应为 plus 或 minus";
            if (string.IsNullOrWhiteSpace(i.Zh) || string.IsNullOrWhiteSpace(i.En))
                yield return $"题目 {i.Id} 缺少中文或英文";
        }
        if (Norms.Method != "normal")
            yield return "norms.method 目前只支持 normal";
        if (Missing(Name) || Missing(Instructions) || Missing(Norms.Group))
            yield return "缺少中文或英文的名称、指导语或常模组说明";
    }

    private static bool Missing(Localized? l) => l is null || string.IsNullOrWhiteSpace(l.Zh) || string.IsNullOrWhiteSpace(l.En);
}
