namespace GuidanceDesk.Web.Domain;

public enum GroupSessionStatus
{
    Planned = 1,   // 计划中（可报名）
    Held = 2,      // 已举办
    Cancelled = 3, // 已取消
}

/// <summary>How a participant came in: signed up in the portal, or added by staff (in the hall, by phone).</summary>
public enum ParticipantSource { Portal = 1, Staff = 2 }

/// <summary>Where the session's materials stand against the deadline of 7.1.2, as the list and the badges show it.</summary>
public enum MaterialsState
{
    Missing = 1, // 材料待上传
    Pending = 2, // 已上传，待发送
    Sent = 3,    // 材料已发送（按时）
    Late = 4,    // 材料逾期（未在期限前发送）
}

/// <summary>What became of an attendee when the session's recording was archived (7.2.2d), and why.</summary>
public enum RecordingOutcome
{
    Filed = 1,            // 已归档
    NoConsent = 2,        // 未同意录音录像
    AgreementExcludes = 3, // 服务协议未约定保存录音或录像（7.2.1）
}

/// <summary>The editable details of a group session; the times are instants (UTC), the page gives Beijing time.</summary>
public sealed record GroupSessionDetails(string Topic, ServiceItems ServiceItems, string? Description, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, Channel Channel, string? Place, string? OnlineLink, int Capacity, long FacilitatorStaffId);

/// <summary>
/// 宣讲材料: one file handed to the participants (slides, a handbook), stored once. <see cref="SentAt"/> is when it first
/// went to the participants; a material added after the first sending waits for the next one.
/// </summary>
public sealed record SessionMaterial(int Line, long StoredFileId, string Title, string FileName, long Length, DateTimeOffset AddedAt,
    string AddedByName, DateTimeOffset? SentAt);
