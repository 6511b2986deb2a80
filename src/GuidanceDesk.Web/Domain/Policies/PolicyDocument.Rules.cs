namespace GuidanceDesk.Web.Domain;

/// <summary>The input rules of a document: tags, and the content every version must have.</summary>
public sealed partial class PolicyDocument
{
    public static List<string> NormalizeTags(IEnumerable<string>? tags)
    {
        var list = (tags ?? []).SelectMany(t => (t ?? "").Split([',', '，', '、', ';', '；', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            .Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxTags || list.Exists(t => t.Length > MaxTag))
            throw new DomainRuleException("标签最多 10 个，每个不超过 20 字", nameof(Tags));
        return list;
    }

    private static PolicyContent Checked(PolicyContent c)
    {
        if (c.EffectiveFrom is { } from && c.ExpiresOn is { } to && to < from)
            throw new DomainRuleException("失效日期不能早于生效日期", nameof(ExpiresOn));
        var link = Optional(c.Link, MaxLink, "链接不超过500字", nameof(Link));
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            throw new DomainRuleException("链接应为 http:// 或 https:// 开头的网址", nameof(Link));
        return new PolicyContent(Optional(c.DocumentNumber, MaxNumber, "文号不超过100字", nameof(DocumentNumber)), c.EffectiveFrom, c.ExpiresOn,
            Required(c.Summary, MaxSummary, "请用通俗易懂的语言填写内容摘要（不超过4000字）", nameof(Summary)),
            Optional(c.FullText, MaxFullText, "全文不超过50000字", nameof(FullText)), link);
    }

    private static string Required(string? s, int max, string message, string field) =>
        string.IsNullOrWhiteSpace(s) || s.Trim().Length > max ? throw new DomainRuleException(message, field) : s.Trim();

    private static string? Optional(string? s, int max, string message, string field) =>
        string.IsNullOrWhiteSpace(s) ? null : s.Trim().Length > max ? throw new DomainRuleException(message, field) : s.Trim();
}
