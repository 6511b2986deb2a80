namespace GuidanceDesk.Web.Domain;

/// <summary>A member of a service unit's staff (4.6): profile, certificates, experience, expertise and training.</summary>
public sealed class StaffMember : IVersioned, IUnitOwned
{
    private readonly List<Certificate> _certificates = [];
    private readonly List<TrainingRecord> _trainings = [];

    private StaffMember() { }

    public StaffMember(long serviceUnitId, string name, StaffPosition position, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        Name = name;
        Position = position;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    /// <summary>The sign-in account of this person, when they have one.</summary>
    public string? UserId { get; private set; }
    public string Name { get; private set; } = "";
    public StaffPosition Position { get; private set; }
    public Education Education { get; private set; }
    public int YearsOfGuidance { get; private set; }
    public int YearsOfConsulting { get; private set; }
    public int YearsOfIndustry { get; private set; }
    /// <summary>4.6.1b allows "other special talent" instead of the usual profile; the reason is kept.</summary>
    public bool IsSpecialTalent { get; private set; }
    public string? SpecialTalentNote { get; private set; }
    /// <summary>Districts the person knows well (7.1.3), divisions codes.</summary>
    public IList<string> DistrictExpertise { get; private set; } = [];
    /// <summary>Industries the person knows well (7.1.3), GB/T 4754 section letters.</summary>
    public IList<string> IndustryExpertise { get; private set; } = [];
    public IReadOnlyList<Certificate> Certificates => _certificates;
    public IReadOnlyList<TrainingRecord> Trainings => _trainings;
    public bool IsActive { get; private set; } = true;
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void LinkUser(string userId) => UserId = userId;

    public void UpdateProfile(StaffProfile p)
    {
        if (p.IsSpecialTalent && string.IsNullOrWhiteSpace(p.SpecialTalentNote))
            throw new DomainRuleException("认定为特殊人才时须写明理由", nameof(SpecialTalentNote));
        if (p.YearsOfGuidance < 0 || p.YearsOfConsulting < 0 || p.YearsOfIndustry < 0)
            throw new DomainRuleException("工作年限不能为负数", nameof(YearsOfGuidance));
        Name = p.Name;
        Position = p.Position;
        Education = p.Education;
        YearsOfGuidance = p.YearsOfGuidance;
        YearsOfConsulting = p.YearsOfConsulting;
        YearsOfIndustry = p.YearsOfIndustry;
        IsSpecialTalent = p.IsSpecialTalent;
        SpecialTalentNote = p.IsSpecialTalent ? p.SpecialTalentNote : null;
        DistrictExpertise = [.. p.DistrictExpertise.Distinct(StringComparer.Ordinal)];
        IndustryExpertise = [.. p.IndustryExpertise.Distinct(StringComparer.Ordinal)];
    }

    public void SetActive(bool active) => IsActive = active;

    public Certificate AddCertificate(CertificateKind kind, int level, string number, string issuer, DateOnly? expiresOn)
    {
        if (level is < 1 or > 5)
            throw new DomainRuleException("证书等级应为一级至五级", "level");
        if (_certificates.Exists(c => c.Kind == kind && string.Equals(c.Number, number, StringComparison.Ordinal)))
            throw new DomainRuleException("该证书已登记", "number");
        var certificate = new Certificate(NextNumber(_certificates.Select(c => c.Line)), kind, level, number, issuer, expiresOn);
        _certificates.Add(certificate);
        return certificate;
    }

    public void RemoveCertificate(int line) =>
        _certificates.Remove(_certificates.Find(c => c.Line == line)
            ?? throw new DomainRuleException("找不到该证书", "line"));

    public TrainingRecord AddTraining(DateOnly date, string title, decimal hours, string? provider)
    {
        if (hours is <= 0 or > 200)
            throw new DomainRuleException("培训学时应大于0且不超过200", "hours");
        var record = new TrainingRecord(NextNumber(_trainings.Select(t => t.Line)), date, title, hours, provider);
        _trainings.Add(record);
        return record;
    }

    public void RemoveTraining(int line) =>
        _trainings.Remove(_trainings.Find(t => t.Line == line)
            ?? throw new DomainRuleException("找不到该培训记录", "line"));

    public decimal TrainingHoursIn(int year) => _trainings.Where(t => t.Date.Year == year).Sum(t => t.Hours);

    private static int NextNumber(IEnumerable<int> lines) => lines.DefaultIfEmpty(0).Max() + 1;
}

/// <summary>The editable part of a staff profile, as a form or the API submits it.</summary>
public sealed record StaffProfile(
    string Name, StaffPosition Position, Education Education,
    int YearsOfGuidance, int YearsOfConsulting, int YearsOfIndustry,
    bool IsSpecialTalent, string? SpecialTalentNote,
    IReadOnlyList<string> DistrictExpertise, IReadOnlyList<string> IndustryExpertise);
