namespace GuidanceDesk.Web.Domain;

/// <summary>What a staff member does in the unit (4.6.1 and the roles of the architecture).</summary>
public enum StaffPosition
{
    Counselor = 1,  // 职业指导人员
    Manager = 2,    // 专业管理人员
    Head = 3,       // 负责人
    Custodian = 4,  // 档案管理员
    Other = 9,
}

public enum CertificateKind
{
    VocationalGuidanceWorker = 1,     // 职业指导员
    VocationalGuidanceSpecialist = 2, // 职业指导师
}

/// <summary>A vocational-guidance certificate; level 1 (一级/高级技师) … 5 (五级/初级工).</summary>
public sealed record Certificate(int Line, CertificateKind Kind, int Level, string Number, string Issuer, DateOnly? ExpiresOn)
{
    public bool IsValidOn(DateOnly day) => ExpiresOn is null || ExpiresOn >= day;
}

/// <summary>业务培训 (4.6.2c): one training attended, with its hours.</summary>
public sealed record TrainingRecord(int Line, DateOnly Date, string Title, decimal Hours, string? Provider);
