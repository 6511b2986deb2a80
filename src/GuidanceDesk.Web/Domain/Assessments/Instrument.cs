namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One version of an assessment instrument in the catalogue (测评工具, 5.1c, 4.3d). The definition is kept verbatim
/// (JSON, docs/instrument-format.md) with its hash; it never changes after loading. A retired version stays for the
/// results scored with it but is not offered for new plans.
/// </summary>
public sealed class Instrument
{
    private Instrument() { }

    public Instrument(InstrumentDefinition definition, string json, string contentHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Code = definition.Code;
        Version = definition.Version;
        Kind = definition.Kind;
        NameZh = definition.Name.Zh;
        NameEn = definition.Name.En;
        ItemCount = definition.Items.Count;
        Definition = json;
        ContentHash = contentHash;
        LoadedAt = now;
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Version { get; private set; } = "";
    public InstrumentKind Kind { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public int ItemCount { get; private set; }
    public string Definition { get; private set; } = "";
    public string ContentHash { get; private set; } = "";
    public DateTimeOffset LoadedAt { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    public void Retire(DateTimeOffset now) => RetiredAt ??= now;
}
