namespace GuidanceDesk.Web.Domain;

/// <summary>职业指导服务单位 (3.2): an agency or district/county centre. Owns every other record .</summary>
public sealed class ServiceUnit : IVersioned
{
    private readonly List<ManagementDocument> _documents = [];

    private ServiceUnit() { }

    public ServiceUnit(string name, string districtCode, DateTimeOffset now)
    {
        Name = name;
        DistrictCode = districtCode;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>One of Chongqing's 38 districts/counties (divisions code, e.g. 500103).</summary>
    public string DistrictCode { get; private set; } = "";
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public Qualification? Qualification { get; private set; }
    public IReadOnlyList<ManagementDocument> Documents => _documents;
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Update(string name, string districtCode, string? address, string? phone)
    {
        Name = name;
        DistrictCode = districtCode;
        Address = address;
        Phone = phone;
    }

    public void SetQualification(Qualification? qualification) => Qualification = qualification;

    public ManagementDocument AddDocument(DocumentKind kind, string title, string version, DateOnly effectiveOn)
    {
        var doc = new ManagementDocument(NextDocumentNumber(), kind, title, version, effectiveOn);
        _documents.Add(doc);
        return doc;
    }

    public void RemoveDocument(int number)
    {
        var doc = _documents.Find(d => d.Number == number)
            ?? throw new DomainRuleException("找不到该管理制度文件", "number");
        _documents.Remove(doc);
    }

    /// <summary>What 4.1 asks that this unit does not (yet) show: expired qualification, missing document kinds.</summary>
    public IReadOnlyList<UnitWarning> Warnings(DateOnly today)
    {
        var warnings = new List<UnitWarning>();
        if (Qualification is null)
            warnings.Add(new UnitWarning(UnitWarningKind.QualificationMissing, null));
        else if (Qualification.ValidUntil < today)
            warnings.Add(new UnitWarning(UnitWarningKind.QualificationExpired, null));
        else if (Qualification.ValidUntil < today.AddDays(60))
            warnings.Add(new UnitWarning(UnitWarningKind.QualificationExpiringSoon, null));

        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            if (!_documents.Exists(d => d.Kind == kind && d.EffectiveOn <= today))
                warnings.Add(new UnitWarning(UnitWarningKind.DocumentMissing, kind));
        }
        return warnings;
    }

    private int NextDocumentNumber() => _documents.Count == 0 ? 1 : _documents.Max(d => d.Number) + 1;
}

public enum UnitWarningKind { QualificationMissing, QualificationExpired, QualificationExpiringSoon, DocumentMissing }

public sealed record UnitWarning(UnitWarningKind Kind, DocumentKind? DocumentKind);
