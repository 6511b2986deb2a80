namespace GuidanceDesk.Web.Domain;

public sealed partial class GroupSession
{
    public const int MaxMaterials = 10;
    public const int MaxMaterialTitle = 100;

    private readonly List<SessionMaterial> _materials = [];

    public IReadOnlyList<SessionMaterial> Materials => _materials;
    /// <summary>How many materials there are, kept as a column so that lists filter on it without reading the JSON.</summary>
    public int MaterialCount { get; private set; }
    /// <summary>The facilitator finished the materials: the scan sends them on the deadline morning at the latest.</summary>
    public DateTimeOffset? MaterialsReadyAt { get; private set; }
    /// <summary>When the materials first went to the participants, and that day in Beijing (what the deadline is about).</summary>
    public DateTimeOffset? MaterialsSentAt { get; private set; }
    public DateOnly? MaterialsSentOn { get; private set; }
    /// <summary>How many times materials were sent (a material added later goes out in a new sending).</summary>
    public int MaterialsSendings { get; private set; }
    /// <summary>When the scan found the deadline passed with nothing sent and told the facilitator and the unit's managers.</summary>
    public DateTimeOffset? MaterialsFlaggedAt { get; private set; }
    /// <summary>Why the materials went late, recorded by a manager (or the head); needed before the session is marked held.</summary>
    public string? LateReason { get; private set; }
    public string? LateReasonByName { get; private set; }
    public DateTimeOffset? LateReasonAt { get; private set; }
    public long? RecordingFileId { get; private set; }
    public DateTimeOffset? RecordingUploadedAt { get; private set; }
    public string? RecordingByName { get; private set; }

    /// <summary>7.1.2 missed: sent after the deadline day, or not sent and the deadline day is over.</summary>
    public bool IsMaterialsLate(DateOnly today) => IsLate(MaterialsSentOn, MaterialsDeadline, today);

    public static bool IsLate(DateOnly? sentOn, DateOnly deadline, DateOnly today) => sentOn is { } on ? on > deadline : today > deadline;

    public MaterialsState MaterialsStateOn(DateOnly today) => StateOf(MaterialsSentOn, MaterialsDeadline, MaterialCount, today);

    /// <summary>The same from the columns alone, for lists that do not load the session.</summary>
    public static MaterialsState StateOf(DateOnly? sentOn, DateOnly deadline, int materials, DateOnly today) =>
        IsLate(sentOn, deadline, today) ? MaterialsState.Late
        : sentOn is not null ? MaterialsState.Sent
        : materials > 0 ? MaterialsState.Pending : MaterialsState.Missing;

    public bool HasUnsentMaterials => _materials.Any(m => m.SentAt is null);

    /// <summary>The checks of <see cref="AddMaterial"/>, for the caller to run before it stores the file's bytes.</summary>
    public string EnsureCanAddMaterial(string? title)
    {
        EnsurePlanned();
        if (_materials.Count >= MaxMaterials)
            throw new DomainRuleException("每场活动最多10份宣讲材料", "file");
        return Required(title, "请填写材料名称", "title", MaxMaterialTitle);
    }

    public SessionMaterial AddMaterial(long storedFileId, string title, string fileName, long length, Actor by, DateTimeOffset now)
    {
        var material = new SessionMaterial(_materials.Count == 0 ? 1 : _materials.Max(m => m.Line) + 1, storedFileId,
            EnsureCanAddMaterial(title), fileName, length, now, by.Name, null);
        _materials.Add(material);
        MaterialCount = _materials.Count;
        return material;
    }

    /// <summary>Only a material that has not gone out yet can be taken back.</summary>
    public SessionMaterial RemoveMaterial(int line)
    {
        EnsurePlanned();
        var material = _materials.FirstOrDefault(m => m.Line == line) ?? throw new DomainRuleException("材料不存在", "line");
        if (material.SentAt is not null)
            throw new DomainRuleException("已发送给参加者的材料不能删除", "line");
        _materials.Remove(material);
        MaterialCount = _materials.Count;
        if (_materials.Count == 0)
            MaterialsReadyAt = null;
        return material;
    }

    public void MarkMaterialsReady(DateTimeOffset now)
    {
        EnsurePlanned();
        if (_materials.Count == 0)
            throw new DomainRuleException("请先上传宣讲材料", "file");
        MaterialsReadyAt ??= now;
    }

    /// <summary>
    /// Sends the materials not sent yet to every participant (7.1.2); returns the participants the caller notifies in the
    /// same transaction. Sending after the deadline day is allowed — the session is then late and says so.
    /// </summary>
    public IReadOnlyList<GroupSessionParticipant> SendMaterials(DateOnly today, DateTimeOffset now)
    {
        EnsurePlanned();
        if (_materials.Count == 0)
            throw new DomainRuleException("请先上传宣讲材料", "file");
        if (!HasUnsentMaterials)
            throw new DomainRuleException("宣讲材料都已发送过；新报名的参加者会立即收到", "file");
        for (var i = 0; i < _materials.Count; i++)
        {
            if (_materials[i].SentAt is null)
                _materials[i] = _materials[i] with { SentAt = now };
        }
        MaterialsSentAt ??= now;
        MaterialsSentOn ??= today;
        MaterialsReadyAt ??= now;
        MaterialsSendings++;
        foreach (var p in _participants)
            p.MaterialsSent(now);
        return _participants;
    }

    /// <summary>The scan noticed the deadline passed with nothing sent (once; the flag itself is <see cref="IsMaterialsLate"/>).</summary>
    public bool FlagLateMaterials(DateOnly today, DateTimeOffset now)
    {
        if (Status != GroupSessionStatus.Planned || MaterialsFlaggedAt is not null || MaterialsSentOn is not null || !IsMaterialsLate(today))
            return false;
        MaterialsFlaggedAt = now;
        return true;
    }

    /// <summary>A manager (or the head; the caller checks the role) records why the materials went late.</summary>
    public void RecordLateReason(string reason, Actor by, DateOnly today, DateTimeOffset now)
    {
        if (Status == GroupSessionStatus.Cancelled)
            throw new DomainRuleException("活动已取消", nameof(Status));
        if (!IsMaterialsLate(today))
            throw new DomainRuleException("宣讲材料已按期发送（或尚未到期），无需说明逾期原因", "lateReason");
        LateReason = Required(reason, "请填写宣讲材料逾期的原因", "lateReason", MaxReason);
        LateReasonByName = by.Name;
        LateReasonAt = now;
    }

    /// <summary>The session's audio or video, stored once; the caller files it for the consenting attendees (7.2.2d).</summary>
    public void AttachRecording(long storedFileId, Actor by, DateTimeOffset now)
    {
        EnsureCanAttachRecording();
        RecordingFileId = storedFileId;
        RecordingUploadedAt = now;
        RecordingByName = by.Name;
    }

    /// <summary>The checks of <see cref="AttachRecording"/>, for the caller to run before it stores the file's bytes.</summary>
    public void EnsureCanAttachRecording()
    {
        if (Status != GroupSessionStatus.Held)
            throw new DomainRuleException("活动举办并记录出席后才能上传录音录像", "file");
        if (RecordingFileId is not null)
            throw new DomainRuleException("本场活动的录音录像已上传归档", "file");
    }
}
