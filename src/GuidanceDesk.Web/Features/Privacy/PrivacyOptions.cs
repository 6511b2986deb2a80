namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>Privacy operations (section <c>Privacy</c>): answer deadlines and when a record is anonymised.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>A correction or deletion request is answered within this many working days (PIPL practice: 15).</summary>
    public int AnswerWithinWorkingDays { get; set; } = 15;

    /// <summary>
    /// A record nobody has worked on for this many years — no case, guidance record, appointment or edit — is anonymised
    /// once its archive's retention period has ended too (PIPL art. 19: kept no longer than needed).
    /// </summary>
    public int AnonymiseAfterInactiveYears { get; set; } = 5;

    /// <summary>When the anonymisation job runs (Quartz cron, Asia/Shanghai): 03:40, after the backup and the case jobs.</summary>
    public string Cron { get; set; } = "0 40 3 * * ?";

    /// <summary>Records anonymised per run at most (each in its own transaction); the rest wait for the next night.</summary>
    public int BatchSize { get; set; } = 500;

    public bool IsValid => AnswerWithinWorkingDays is >= 1 and <= 30 && AnonymiseAfterInactiveYears is >= 1 and <= 100 && BatchSize >= 1;
}
