namespace GuidanceDesk.Web.Domain;

/// <summary>
/// How long the archive keeps one kind of item after the case closes (7.2.1: as the service agreement says). The
/// custodian sets the years and the basis (the clause of the agreement or the agency's rule it follows).
/// </summary>
public sealed class ArchiveRetentionRule : IVersioned
{
    private ArchiveRetentionRule() { }

    public ArchiveRetentionRule(ArchiveKind kind, int years, string basis, string userId, DateTimeOffset now)
    {
        Kind = kind;
        Set(years, basis, userId, now);
    }

    public ArchiveKind Kind { get; private set; }
    public int Years { get; private set; }
    public string Basis { get; private set; } = "";
    public string UpdatedByUserId { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Set(int years, string basis, string userId, DateTimeOffset now)
    {
        if (years is < 1 or > 100)
            throw new DomainRuleException("保管年限应在 1–100 年之间", "years");
        if (string.IsNullOrWhiteSpace(basis) || basis.Length > 200)
            throw new DomainRuleException("请填写依据（服务协议条款或本机构规定，不超过200字）", "basis");
        Years = years;
        Basis = basis.Trim();
        UpdatedByUserId = userId;
        UpdatedAt = now;
    }

    /// <summary>The defaults on first run: forms and reports ten years, recordings three (the demo agreement's terms).</summary>
    public static IEnumerable<(ArchiveKind Kind, int Years)> Defaults =>
        Enum.GetValues<ArchiveKind>().Select(k => (k, k == ArchiveKind.GroupRecording ? 3 : 10));
}
