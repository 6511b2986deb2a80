namespace GuidanceDesk.Web.Domain;

/// <summary>The two situations of 8.2: the worker may harm themselves (8.2.1) or others and property (8.2.2).</summary>
public enum RiskKind { SelfHarm = 1, HarmToOthers = 2 }

public enum RiskAlertStatus { Open = 1, Acknowledged = 2, Closed = 3 }

/// <summary>Who was contacted about the alert (8.2.1 "the relevant people", 8.2.2 "through the authorities or family").</summary>
public enum RiskContactKind { Family = 1, Police = 2, Medical = 3, PsychologicalService = 4, CrisisHotline = 5, Other = 9 }

/// <summary>What someone did about the alert: whom they contacted, when, and what came of it.</summary>
public sealed record RiskAction(RiskContactKind Contact, DateTimeOffset ContactedAt, string Who, string Result,
    string RecordedByUserId, string RecordedByName, DateTimeOffset RecordedAt);

/// <summary>A notice of the alert to one person: at raising (level 0) or at an escalation (level 1, 2 …).</summary>
public sealed record RiskNotice(long StaffMemberId, string Name, int Level, DateTimeOffset At);

/// <summary>A person's place on the unit's on-duty list for risk alerts.</summary>
public enum RiskDuty { CrisisContact = 1, Manager = 2, Head = 3, Other = 9 }

public sealed record RiskDutyMember(long StaffMemberId, RiskDuty Duty);
