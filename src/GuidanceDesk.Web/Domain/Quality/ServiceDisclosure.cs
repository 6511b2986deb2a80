namespace GuidanceDesk.Web.Domain;

/// <summary>
/// What the public page says beyond the standard's fixed text (9.1.1): opening hours, what to bring, service commitments
/// and the complaint channels, for one unit or (unit null) the whole agency. Each save is a new revision with its date,
/// so that what was published when can be told.
/// </summary>
public sealed record DisclosureContent(
    string OpeningHours,        // 开放时间
    string WhatToBring,         // 办理须知：需携带的材料
    string Commitments,         // 服务承诺
    string ComplaintPhone,      // 投诉电话
    string ComplaintInPerson,   // 现场投诉：地点
    string SupervisingAuthority, // 监督机构及电话
    string? Notes)              // 其他说明
{
    public const int MaxLength = 1000;

    /// <summary>The first field left empty, as (field, message); null when every required part is there.</summary>
    public (string Field, string Message)? Missing() =>
        Blank(OpeningHours) ? (nameof(OpeningHours), "请填写开放时间")
        : Blank(WhatToBring) ? (nameof(WhatToBring), "请填写办理须知")
        : Blank(Commitments) ? (nameof(Commitments), "请填写服务承诺")
        : Blank(ComplaintPhone) ? (nameof(ComplaintPhone), "请填写投诉电话")
        : Blank(ComplaintInPerson) ? (nameof(ComplaintInPerson), "请填写现场投诉地点")
        : Blank(SupervisingAuthority) ? (nameof(SupervisingAuthority), "请填写监督机构")
        : null;

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}

public sealed class ServiceDisclosure : IVersioned
{
    private ServiceDisclosure() { }

    public ServiceDisclosure(long? serviceUnitId, DisclosureContent content, string byName, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        Update(content, byName, now);
    }

    public long Id { get; private set; }
    /// <summary>Null: the agency's own text, shown for every unit that has none.</summary>
    public long? ServiceUnitId { get; private set; }
    public DisclosureContent Content { get; private set; } = null!;
    public int Revision { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Update(DisclosureContent content, string byName, DateTimeOffset now)
    {
        if (content.Missing() is { } missing)
            throw new DomainRuleException(missing.Message, "content." + char.ToLowerInvariant(missing.Field[0]) + missing.Field[1..]);
        Content = content with
        {
            OpeningHours = content.OpeningHours.Trim(), WhatToBring = content.WhatToBring.Trim(), Commitments = content.Commitments.Trim(),
            ComplaintPhone = content.ComplaintPhone.Trim(), ComplaintInPerson = content.ComplaintInPerson.Trim(),
            SupervisingAuthority = content.SupervisingAuthority.Trim(), Notes = string.IsNullOrWhiteSpace(content.Notes) ? null : content.Notes.Trim(),
        };
        Revision++;
        UpdatedAt = now;
        UpdatedByName = byName;
    }
}
