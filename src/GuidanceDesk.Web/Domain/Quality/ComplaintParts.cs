namespace GuidanceDesk.Web.Domain;

/// <summary>What a complaint is about (9.1.1), as the public form offers it.</summary>
public enum ComplaintCategory
{
    ServiceAttitude = 1, // 服务态度
    ServiceQuality = 2,  // 服务质量
    Privacy = 3,         // 隐私保护
    WaitingTime = 4,     // 等候时间
    Other = 5,           // 其他
}

/// <summary>How the complaint reached the unit: the public page, the portal, or recorded by staff from a call or a visit.</summary>
public enum ComplaintChannel { PublicForm = 1, Portal = 2, Phone = 3, InPerson = 4 }

public enum ComplaintStatus
{
    Received = 1,  // 已受理，待分派
    Assigned = 2,  // 办理中
    Replied = 3,   // 已答复，待评价
    Closed = 4,    // 已办结
}

public enum ComplaintEventKind
{
    Received = 1, Assigned = 2, Investigated = 3, Replied = 4, Feedback = 5, Reopened = 6, Closed = 7, Escalated = 8,
    ActionRaised = 9,
}

/// <summary>One step of the complaint's history; <paramref name="ByName"/> is a staff member, "投诉人" or "系统".</summary>
public sealed record ComplaintEvent(ComplaintEventKind Kind, DateTimeOffset At, string ByName, string? Note);

/// <summary>Who filed it: a member of the public (optionally anonymous), or a signed-in worker or employer.</summary>
/// <param name="Phone">Encrypted contact phone (personal data); null only for an anonymous complaint without one.</param>
public sealed record Complainant(string? Name, bool Anonymous, ProtectedValue? Phone, long? WorkerId, long? EmployerId);
