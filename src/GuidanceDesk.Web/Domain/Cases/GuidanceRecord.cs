namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 职业指导过程记录 (7.2.2c) and every other public employment service given to the worker (7.1.10): one session or
/// service, typed by service items and channel, in the worker's timeline.
/// </summary>
public sealed class GuidanceRecord : IVersioned, IUnitOwned
{
    public const int MaxMinutes = 480;

    private GuidanceRecord() { }

    public GuidanceRecord(long serviceUnitId, long workerId, long? caseId, long counselorId, GuidanceRecordDetails d,
        string recordedByUserId, DateTimeOffset now, ServedAs servedAs)
    {
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        WorkerGroups = servedAs.Groups;
        WorkerAssistanceCategory = servedAs.Category;
        CaseId = caseId;
        RecordedByUserId = recordedByUserId;
        RecordedAt = now;
        Apply(counselorId, d, now);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long? CaseId { get; private set; }
    /// <summary>
    /// The worker's special groups and assistance category when served. Statistics count who was served as what
    /// (9.2.1), which a later change to the worker's record does not rewrite; and the head's dashboard reads them from
    /// the records' index instead of looking up every worker served.
    /// </summary>
    public SpecialGroups WorkerGroups { get; private set; }
    public AssistanceCategory? WorkerAssistanceCategory { get; private set; }
    public long CounselorId { get; private set; }
    public ServiceKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public Channel Channel { get; private set; }
    public ServiceItems ServiceItems { get; private set; }
    public string Content { get; private set; } = "";
    public string? Advice { get; private set; }
    public string? NextSteps { get; private set; }
    /// <summary>The fields of an employment, unemployment or other PES service registration (7.1.10), by kind.</summary>
    public ServiceRegistration? Registration { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Correct(long counselorId, GuidanceRecordDetails d, DateTimeOffset now) => Apply(counselorId, d, now);

    private void Apply(long counselorId, GuidanceRecordDetails d, DateTimeOffset now)
    {
        if (d.OccurredAt > now.AddMinutes(5))
            throw new DomainRuleException("服务时间不能晚于现在", nameof(OccurredAt));
        if (d.DurationMinutes is < 1 or > MaxMinutes)
            throw new DomainRuleException("时长应在1至480分钟之间", nameof(DurationMinutes));
        if (string.IsNullOrWhiteSpace(d.Content))
            throw new DomainRuleException("请填写服务内容", nameof(Content));
        if (d.Kind == ServiceKind.Guidance)
            ServiceItemSets.EnsureForWorker(d.ServiceItems, nameof(ServiceItems));
        else if ((d.ServiceItems & ~ServiceItemSets.ForWorkers) != 0)
            throw new DomainRuleException("劳动者的服务内容应为5.1 a–e 所列项目", nameof(ServiceItems));
        (d.Registration ?? ServiceRegistration.Empty).Validate(d.Kind);
        CounselorId = counselorId;
        Kind = d.Kind;
        OccurredAt = d.OccurredAt;
        DurationMinutes = d.DurationMinutes;
        Channel = d.Channel;
        ServiceItems = d.ServiceItems;
        Content = d.Content.Trim();
        Advice = d.Advice;
        NextSteps = d.NextSteps;
        Registration = d.Kind is ServiceKind.Guidance or ServiceKind.PolicyConsultation ? null : d.Registration;
    }
}

public sealed record GuidanceRecordDetails(ServiceKind Kind, DateTimeOffset OccurredAt, int DurationMinutes, Channel Channel,
    ServiceItems ServiceItems, string Content, string? Advice, string? NextSteps, ServiceRegistration? Registration);

/// <summary>The services of 7.1.10 (GB/T 33527), recorded in one timeline with guidance sessions.</summary>
public enum ServiceKind
{
    Guidance = 1,                  // 职业指导
    PolicyConsultation = 2,        // 政策咨询
    Placement = 3,                 // 职业介绍
    Training = 4,                  // 职业培训
    Entrepreneurship = 5,          // 创业服务
    EmploymentRegistration = 6,    // 就业登记 (GB/T 33532)
    UnemploymentRegistration = 7,  // 失业登记 (GB/T 33534)
    EmploymentAssistance = 8,      // 就业援助 (GB/T 33531)
}

/// <summary>What the worker was when served: their special groups and, for an assistance target, the category.</summary>
public readonly record struct ServedAs(SpecialGroups Groups, AssistanceCategory? Category)
{
    public static ServedAs Of(Worker worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return new(worker.SpecialGroups, worker.AssistanceCategory);
    }
}
