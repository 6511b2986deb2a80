namespace GuidanceDesk.Web.Domain;

/// <summary>What an outside agency does, for choosing where to refer a case (8.1.1).</summary>
public enum AgencyKind
{
    PsychologicalService = 1, // 心理援助、心理咨询
    LegalAid = 2,             // 法律援助
    DisabilityFederation = 3, // 残疾人联合会
    SocialAssistance = 4,     // 社会救助
    Medical = 5,              // 医疗机构
    TradeUnion = 6,           // 工会、妇联等群团组织
    Other = 9,
}

/// <summary>
/// An agency outside the employment service a case can be referred to (8.1.1): psychological services, legal aid, the
/// disability federation … with the contacts the counselor needs. Organisations, not people: their phone numbers are
/// public service numbers and stored as they are. City-wide; kept, never deleted (past referrals point to it).
/// </summary>
public sealed class OutsideAgency : IVersioned
{
    public const int MaxName = 100;
    public const int MaxText = 1000;

    private OutsideAgency() { }

    public OutsideAgency(AgencyDetails details, DateTimeOffset now)
    {
        Update(details);
        CreatedAt = now;
        IsActive = true;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public AgencyKind Kind { get; private set; }
    /// <summary>The district it serves (divisions code); null = city-wide or national.</summary>
    public string? DistrictCode { get; private set; }
    public string? Address { get; private set; }
    public string? ContactPerson { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? OpeningHours { get; private set; }
    public string Services { get; private set; } = "";
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Update(AgencyDetails d)
    {
        if (string.IsNullOrWhiteSpace(d.Name))
            throw new DomainRuleException("请填写机构名称", nameof(Name));
        if (!Enum.IsDefined(d.Kind))
            throw new DomainRuleException("请选择机构类别", nameof(Kind));
        if (string.IsNullOrWhiteSpace(d.Phone) && string.IsNullOrWhiteSpace(d.Email) && string.IsNullOrWhiteSpace(d.Address))
            throw new DomainRuleException("请至少填写一种联系方式（电话、电子邮箱或地址）", nameof(Phone));
        if (string.IsNullOrWhiteSpace(d.Services))
            throw new DomainRuleException("请填写服务内容", nameof(Services));
        Name = d.Name.Trim();
        Kind = d.Kind;
        DistrictCode = Blank(d.DistrictCode);
        Address = Blank(d.Address);
        ContactPerson = Blank(d.ContactPerson);
        Phone = Blank(d.Phone);
        Email = Blank(d.Email);
        OpeningHours = Blank(d.OpeningHours);
        Services = d.Services.Trim();
    }

    /// <summary>No longer offered for new referrals; past ones keep pointing to it.</summary>
    public void SetActive(bool active) => IsActive = active;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record AgencyDetails(string Name, AgencyKind Kind, string? DistrictCode, string? Address, string? ContactPerson,
    string? Phone, string? Email, string? OpeningHours, string Services);
