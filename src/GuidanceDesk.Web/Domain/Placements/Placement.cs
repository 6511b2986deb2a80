namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 职业介绍 (GB/T 33535, R-7.1.4): a counselor puts a worker forward for a vacancy. Proposed → Referred (the referral
/// letter is issued) → Interviewed → Hired / Rejected (with a reason) / NoShow; Withdrawn while still active. The
/// match that led to it is kept as it was then (score and reasons), so the record says why the worker was put forward
/// even after the vacancy or the worker changes. A manual placement is one the worker asked for by hand, made
/// outside automated matching (always allowed, also for a worker who refused automated recommendations).
/// </summary>
public sealed class Placement : IVersioned, IUnitOwned
{
    private readonly List<MatchComponent> _components = [];
    private readonly List<PlacementStep> _steps = [];

    private Placement() { }

    public Placement(long serviceUnitId, long workerId, Vacancy vacancy, long? caseId, long? counselorId, MatchResult match,
        Channel channel, bool isManual, string? note, Actor by, DateTimeOffset now)
    {
        if (!vacancy.IsOpen)
            throw new DomainRuleException("该岗位不在招聘中，不能推荐", nameof(VacancyId));
        if (!match.Eligible)
            throw new DomainRuleException("劳动者未满 16 周岁，不能推荐就业", nameof(WorkerId));
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        VacancyId = vacancy.Id;
        EmployerId = vacancy.EmployerId;
        CaseId = caseId;
        CounselorId = counselorId;
        Score = match.Score;
        MaxScore = match.Max;
        _components.AddRange(match.Components);
        Channel = channel;
        IsManual = isManual;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Status = PlacementStatus.Proposed;
        CreatedAt = now;
        UpdatedAt = now;
        _steps.Add(new PlacementStep(PlacementStatus.Proposed, now, by.UserId, by.Name, isManual ? "劳动者要求推荐（人工）" : null));
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long VacancyId { get; private set; }
    public long EmployerId { get; private set; }
    public long? CaseId { get; private set; }
    public long? CounselorId { get; private set; }
    public int Score { get; private set; }
    public int MaxScore { get; private set; }
    public IReadOnlyList<MatchComponent> Components => _components;
    public Channel Channel { get; private set; }
    public bool IsManual { get; private set; }
    public string? Note { get; private set; }
    public PlacementStatus Status { get; private set; }
    public DateTimeOffset? ReferredAt { get; private set; }
    public DateOnly? InterviewedOn { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public int? MonthlyPay { get; private set; }
    public IReadOnlyList<PlacementStep> Steps => _steps;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Still under way: counts against a second placement of the same worker to the same vacancy.</summary>
    public bool IsActive => IsActiveStatus(Status);

    public static bool IsActiveStatus(PlacementStatus s) => s is PlacementStatus.Proposed or PlacementStatus.Referred or PlacementStatus.Interviewed;

    /// <summary>The referral letter is issued (printing it again later changes nothing).</summary>
    public void Refer(Actor by, DateTimeOffset now)
    {
        if (Status == PlacementStatus.Referred)
            return;
        Move(PlacementStatus.Proposed, PlacementStatus.Referred, by, null, now);
        ReferredAt = now;
    }

    public void RecordInterview(DateOnly on, Actor by, DateTimeOffset now)
    {
        Move(PlacementStatus.Referred, PlacementStatus.Interviewed, by, null, now);
        InterviewedOn = on;
    }

    /// <summary>Hired: the start date and monthly pay go into the vacancy's count and, if agreed, the case's outcome.</summary>
    public void RecordHire(DateOnly startsOn, int monthlyPay, Actor by, DateTimeOffset now)
    {
        if (monthlyPay <= 0)
            throw new DomainRuleException("请填写月工资", nameof(MonthlyPay));
        Move(PlacementStatus.Interviewed, PlacementStatus.Hired, by, null, now, PlacementStatus.Referred);
        StartsOn = startsOn;
        MonthlyPay = monthlyPay;
    }

    public void Reject(string reason, Actor by, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请填写未录用原因", nameof(RejectionReason));
        Move(PlacementStatus.Interviewed, PlacementStatus.Rejected, by, reason.Trim(), now, PlacementStatus.Referred);
        RejectionReason = reason.Trim();
    }

    public void RecordNoShow(Actor by, DateTimeOffset now) => Move(PlacementStatus.Referred, PlacementStatus.NoShow, by, null, now);

    public void Withdraw(string reason, Actor by, DateTimeOffset now)
    {
        if (!IsActive)
            throw new DomainRuleException("推荐已结束，不能撤回", nameof(Status));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请填写撤回原因", nameof(reason));
        Step(PlacementStatus.Withdrawn, by, reason.Trim(), now);
    }

    /// <summary>Moves from <paramref name="from"/> (or <paramref name="alsoFrom"/>: an employer may answer straight after the letter).</summary>
    private void Move(PlacementStatus from, PlacementStatus to, Actor by, string? note, DateTimeOffset now, PlacementStatus? alsoFrom = null)
    {
        if (Status != from && Status != alsoFrom)
            throw new DomainRuleException($"推荐当前为“{PlacementNames.Of(Status)}”，不能改为“{PlacementNames.Of(to)}”", nameof(Status));
        Step(to, by, note, now);
    }

    private void Step(PlacementStatus to, Actor by, string? note, DateTimeOffset now)
    {
        Status = to;
        UpdatedAt = now;
        _steps.Add(new PlacementStep(to, now, by.UserId, by.Name, note));
    }
}

public enum PlacementStatus { Proposed = 1, Referred = 2, Interviewed = 3, Hired = 4, Rejected = 5, NoShow = 6, Withdrawn = 7 }

/// <summary>One step of a placement's history, as the details page lists it.</summary>
public sealed record PlacementStep(PlacementStatus Status, DateTimeOffset At, string ByUserId, string ByName, string? Note);

public static class PlacementNames
{
    public static string Of(PlacementStatus s) => s switch
    {
        PlacementStatus.Proposed => "拟推荐",
        PlacementStatus.Referred => "已推荐",
        PlacementStatus.Interviewed => "已面试",
        PlacementStatus.Hired => "已录用",
        PlacementStatus.Rejected => "未录用",
        PlacementStatus.NoShow => "未到面试",
        PlacementStatus.Withdrawn => "已撤回",
        _ => s.ToString(),
    };
}
