namespace GuidanceDesk.Web.Domain;

/// <summary>
/// A unit's on-duty list for risk alerts (8.2): who is told at once, in which order an unacknowledged alert escalates,
/// how often, and the crisis hotline shown to whoever raises a self-harm alert. A unit without one uses its managers
/// and head, every 10 minutes.
/// </summary>
public sealed class RiskDutyRoster : IVersioned, IUnitOwned
{
    public const int DefaultEscalationMinutes = 10;
    public const string DefaultHotline = "12356";

    private List<RiskDutyMember> _members = [];

    private RiskDutyRoster() { }

    public RiskDutyRoster(long serviceUnitId, IReadOnlyList<RiskDutyMember> members, int escalationMinutes, string hotline)
    {
        ServiceUnitId = serviceUnitId;
        Update(members, escalationMinutes, hotline);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public IReadOnlyList<RiskDutyMember> Members => _members;
    public int EscalationMinutes { get; private set; }
    /// <summary>心理援助热线; 12356 is the national psychological assistance hotline.</summary>
    public string CrisisHotline { get; private set; } = DefaultHotline;
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Update(IReadOnlyList<RiskDutyMember> members, int escalationMinutes, string hotline)
    {
        if (members.Count == 0)
            throw new DomainRuleException("值守名单至少要有一人", nameof(Members));
        if (members.Select(m => m.StaffMemberId).Distinct().Count() != members.Count)
            throw new DomainRuleException("值守名单中有重复的人员", nameof(Members));
        if (!members.Any(m => m.Duty == RiskDuty.Head))
            throw new DomainRuleException("值守名单须包括负责人（预警最终升级到负责人）", nameof(Members));
        if (escalationMinutes is < 1 or > 120)
            throw new DomainRuleException("升级间隔应在1到120分钟之间", nameof(EscalationMinutes));
        if (string.IsNullOrWhiteSpace(hotline) || hotline.Trim().Length > 40)
            throw new DomainRuleException("请填写心理援助热线", nameof(CrisisHotline));
        _members = [.. members];
        EscalationMinutes = escalationMinutes;
        CrisisHotline = hotline.Trim();
    }
}
