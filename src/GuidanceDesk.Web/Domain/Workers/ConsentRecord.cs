namespace GuidanceDesk.Web.Domain;

/// <summary>
/// A consent the worker gave (or withdrew): the service agreement at registration (7.2.1, which also says what the
/// archive may keep), assessment, case referral (8.1.2), recording of group sessions. Kept, never overwritten.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord() { }

    public ConsentRecord(long workerId, ConsentKind kind, ArchiveScope scope, DateOnly givenOn, Channel channel,
        string recordedByUserId, string? note, DateTimeOffset now)
    {
        WorkerId = workerId;
        Kind = kind;
        Scope = scope;
        GivenOn = givenOn;
        Channel = channel;
        RecordedByUserId = recordedByUserId;
        Note = note;
        RecordedAt = now;
    }

    public long Id { get; private set; }
    public long WorkerId { get; private set; }
    public ConsentKind Kind { get; private set; }
    public ArchiveScope Scope { get; private set; }
    public DateOnly GivenOn { get; private set; }
    public Channel Channel { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    public void Withdraw(DateTimeOffset now)
    {
        if (WithdrawnAt is not null)
            throw new DomainRuleException("该授权已撤回");
        WithdrawnAt = now;
    }
}

/// <summary><see cref="AutomatedRecommendations"/>: PIPL art. 24, the worker accepts (active) or refuses (a record noting the refusal) recommendations by automated matching.</summary>
public enum ConsentKind { ServiceAgreement = 1, Assessment = 2, CaseReferral = 3, Recording = 4, AutomatedRecommendations = 5 }

/// <summary>What the service agreement lets the archive keep (7.2.1).</summary>
[Flags]
public enum ArchiveScope { None = 0, Text = 1, Audio = 2, Video = 4 }

/// <summary>4.5: every service is delivered offline (in the hall) or online.</summary>
public enum Channel { Offline = 1, Online = 2 }
