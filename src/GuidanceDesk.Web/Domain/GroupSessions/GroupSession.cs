namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 团体指导 (7.1.2): a group session of a unit — a policy talk, a job-search workshop — with its participants and its
/// materials (宣讲材料), which must reach every participant <see cref="MaterialsWorkingDaysBefore"/> working days before
/// the session (<see cref="MaterialsDeadline"/>, counted in the Chinese working-day calendar by the caller). A session
/// whose materials went late (or not at all) cannot be marked held without a manager's recorded reason. Attendance
/// turns into a guidance record per attendee; a recording is archived (7.2.2d) only for attendees who consented.
/// Participants and materials are in <c>GroupSession.Participants.cs</c> and <c>GroupSession.Materials.cs</c>.
/// </summary>
public sealed partial class GroupSession : IVersioned, IUnitOwned
{
    public const int MaxTopic = 100;
    public const int MaxText = 2000;
    public const int MaxPlace = 200;
    public const int MaxLink = 500;
    public const int MaxReason = 500;
    public const int MaxCapacity = 500;

    /// <summary>7.1.2: the materials go to the participants 2 working days before the session.</summary>
    public const int MaterialsWorkingDaysBefore = 2;

    private GroupSession() { }

    public GroupSession(long serviceUnitId, GroupSessionDetails d, DateOnly materialsDeadline, Actor by, DateTimeOffset now)
    {
        Validate(d, now, startMoves: true, participants: 0);
        ServiceUnitId = serviceUnitId;
        Apply(d);
        MaterialsDeadline = materialsDeadline;
        Status = GroupSessionStatus.Planned;
        CreatedAt = now;
        CreatedByUserId = by.UserId;
        CreatedByName = by.Name;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    /// <summary>The guidance project (指导项目, 4.6.1a) the session belongs to, when one is linked; no navigation on purpose.</summary>
    public long? GuidanceProjectId { get; private set; }
    public string Topic { get; private set; } = "";
    public ServiceItems ServiceItems { get; private set; }
    public string? Description { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public Channel Channel { get; private set; }
    public string? Place { get; private set; }
    public string? OnlineLink { get; private set; }
    public int Capacity { get; private set; }
    public long FacilitatorStaffId { get; private set; }
    public GroupSessionStatus Status { get; private set; }
    /// <summary>How many have signed up: kept on the session so that every change of the list is a change of the session (capacity under concurrency).</summary>
    public int ParticipantCount { get; private set; }
    /// <summary>The last day (Beijing date) the materials may go out: the session's date less 2 working days (7.1.2).</summary>
    public DateOnly MaterialsDeadline { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTimeOffset? HeldAt { get; private set; }
    public string? HeldByName { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public int MinutesLong => (int)(EndsAt - StartsAt).TotalMinutes;

    public void Update(GroupSessionDetails d, DateOnly materialsDeadline, DateTimeOffset now)
    {
        EnsurePlanned();
        var moves = d.StartsAt != StartsAt;
        if (moves && now >= StartsAt)
            throw new DomainRuleException("活动已开始，不能再改期", nameof(StartsAt));
        Validate(d, now, moves, ParticipantCount);
        Apply(d);
        MaterialsDeadline = materialsDeadline;
    }

    /// <summary>Links the session to a guidance project (or unlinks it with null).</summary>
    public void LinkProject(long? guidanceProjectId) => GuidanceProjectId = guidanceProjectId;

    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsurePlanned();
        CancelReason = Required(reason, "请填写取消的原因", "reason", MaxReason);
        Status = GroupSessionStatus.Cancelled;
        CancelledAt = now;
    }

    /// <summary>
    /// The session took place: who attended (of those signed up). Refused before it starts, and — when the materials did
    /// not reach the participants by the deadline (7.1.2) — until a manager has recorded why.
    /// </summary>
    public IReadOnlyList<GroupSessionParticipant> MarkHeld(IReadOnlyCollection<long> attendedWorkerIds, Actor by, DateOnly today, DateTimeOffset now)
    {
        EnsurePlanned();
        if (now < StartsAt)
            throw new DomainRuleException("活动开始后才能记录出席情况", "attendedWorkerIds");
        if (IsMaterialsLate(today) && LateReason is null)
            throw new DomainRuleException("宣讲材料未在期限前发送给参加者（7.1.2），须由专业管理人员记录原因后才能标记为已举办", "lateReason");
        if (attendedWorkerIds.Any(w => _participants.All(p => p.WorkerId != w)))
            throw new DomainRuleException("出席名单中有未报名的劳动者，请先添加为参加者", "attendedWorkerIds");
        if (attendedWorkerIds.Count == 0)
            throw new DomainRuleException("请至少勾选一名出席的劳动者", "attendedWorkerIds");
        foreach (var p in _participants)
            p.RecordAttendance(attendedWorkerIds.Contains(p.WorkerId));
        Status = GroupSessionStatus.Held;
        HeldAt = now;
        HeldByName = by.Name;
        return [.. _participants.Where(p => p.Attended == true)];
    }

    private void EnsurePlanned()
    {
        if (Status != GroupSessionStatus.Planned)
            throw new DomainRuleException(Status == GroupSessionStatus.Held ? "活动已举办，不能再修改" : "活动已取消", nameof(Status));
    }

    private static void Validate(GroupSessionDetails d, DateTimeOffset now, bool startMoves, int participants)
    {
        Required(d.Topic, "请填写活动主题", nameof(Topic), MaxTopic);
        ServiceItemSets.EnsureForWorker(d.ServiceItems, nameof(ServiceItems));
        if (d.Description?.Length > MaxText)
            throw new DomainRuleException("活动介绍不超过2000字", nameof(Description));
        if (startMoves && d.StartsAt <= now)
            throw new DomainRuleException("活动时间应晚于现在", nameof(StartsAt));
        if (d.EndsAt <= d.StartsAt)
            throw new DomainRuleException("结束时间应晚于开始时间", nameof(EndsAt));
        if ((d.EndsAt - d.StartsAt).TotalMinutes > GuidanceRecord.MaxMinutes)
            throw new DomainRuleException("一场活动不超过8小时", nameof(EndsAt));
        if (d.Capacity is < 1 or > MaxCapacity)
            throw new DomainRuleException("名额应在1至500人之间", nameof(Capacity));
        if (d.Capacity < participants)
            throw new DomainRuleException("名额不能少于已报名人数", nameof(Capacity));
        if (!Enum.IsDefined(d.Channel))
            throw new DomainRuleException("请选择线下或线上", nameof(Channel));
        if (d.Channel == Channel.Offline)
            Required(d.Place, "线下活动请填写地点", nameof(Place), MaxPlace);
        if (d.Channel == Channel.Online && !IsWebLink(d.OnlineLink))
            throw new DomainRuleException("线上活动请填写以 https:// 或 http:// 开头的参加链接", nameof(OnlineLink));
        if (d.Place?.Length > MaxPlace || d.OnlineLink?.Length > MaxLink)
            throw new DomainRuleException("地点不超过200字，链接不超过500字符", d.Place?.Length > MaxPlace ? nameof(Place) : nameof(OnlineLink));
        if (d.FacilitatorStaffId <= 0)
            throw new DomainRuleException("请选择主讲的职业指导人员", nameof(FacilitatorStaffId));
    }

    private void Apply(GroupSessionDetails d)
    {
        Topic = d.Topic.Trim();
        ServiceItems = d.ServiceItems;
        Description = Blank(d.Description);
        StartsAt = d.StartsAt;
        EndsAt = d.EndsAt;
        Channel = d.Channel;
        Place = Blank(d.Place);
        OnlineLink = Blank(d.OnlineLink);
        Capacity = d.Capacity;
        FacilitatorStaffId = d.FacilitatorStaffId;
    }

    private static bool IsWebLink(string? s) =>
        Uri.TryCreate(s?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Required(string? s, string message, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(s))
            throw new DomainRuleException(message, field);
        return s.Trim().Length <= max ? s.Trim()
            : throw new DomainRuleException(max switch { MaxTopic => "不超过100字", MaxPlace => "不超过200字", _ => "不超过500字" }, field);
    }
}
