namespace GuidanceDesk.Web.Domain;

/// <summary>用人单位, identified by its unified social credit code (GB 32100). Contact phones are personal data.</summary>
public sealed class Employer : IVersioned, IUnitOwned
{
    private readonly List<EmployerContact> _contacts = [];

    private Employer() { }

    public Employer(long serviceUnitId, string creditCode, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        CreditCode = creditCode;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public string CreditCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>GB/T 4754-2017 section letter (A–T).</summary>
    public string IndustryCode { get; private set; } = "";
    public EnterpriseSize Size { get; private set; }
    public Ownership Ownership { get; private set; }
    public string DistrictCode { get; private set; } = "";
    public string? Address { get; private set; }
    public IReadOnlyList<EmployerContact> Contacts => _contacts;
    public string? UserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void LinkUser(string userId) => UserId = userId;

    /// <summary>After a key rotation: the same contacts, their phones protected again (the plaintext is unchanged).</summary>
    public void RekeyContacts(Func<string, string> rekey)
    {
        for (var i = 0; i < _contacts.Count; i++)
        {
            if (_contacts[i].PhoneCipher is { } phone)
                _contacts[i] = _contacts[i] with { PhoneCipher = rekey(phone) };
        }
    }

    public void Update(EmployerDetails d, IEnumerable<EmployerContact> contacts, DateTimeOffset now)
    {
        if (!Industries.IsKnown(d.IndustryCode))
            throw new DomainRuleException("行业门类不正确", nameof(IndustryCode));
        Name = d.Name;
        IndustryCode = d.IndustryCode;
        Size = d.Size;
        Ownership = d.Ownership;
        DistrictCode = d.DistrictCode;
        Address = d.Address;
        _contacts.Clear();
        _contacts.AddRange(contacts);
        UpdatedAt = now;
    }
}

public sealed record EmployerDetails(string Name, string IndustryCode, EnterpriseSize Size, Ownership Ownership,
    string DistrictCode, string? Address);

/// <summary>A contact person; the phone is kept only encrypted (no lookup by a contact's phone is needed).</summary>
public sealed record EmployerContact(string Name, string? Title, string? PhoneCipher);

public enum EnterpriseSize { Micro = 1, Small = 2, Medium = 3, Large = 4 }

public enum Ownership
{
    StateOwned = 1,       // 国有
    Collective = 2,       // 集体
    Private = 3,          // 私营
    ForeignInvested = 4,  // 外商投资
    HkMacaoTaiwan = 5,    // 港澳台投资
    PublicInstitution = 6,// 事业单位
    SocialOrganization = 7,// 社会组织
    Other = 9,
}
