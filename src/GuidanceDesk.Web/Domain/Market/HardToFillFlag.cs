using System.Text.Json;

namespace GuidanceDesk.Web.Domain;

/// <summary>
/// A vacancy the hard-to-fill scan (nightly, or on demand) found hard to fill, with the findings of that scan. One row
/// per vacancy: a later scan refreshes it, and clears it when the vacancy is no longer hard to fill or has ended.
/// </summary>
public sealed class HardToFillFlag : IUnitOwned
{
    private HardToFillFlag() { }

    public HardToFillFlag(long vacancyId, long serviceUnitId, long employerId, HardToFillAssessment a, DateTimeOffset now)
    {
        VacancyId = vacancyId;
        ServiceUnitId = serviceUnitId;
        EmployerId = employerId;
        FlaggedAt = now;
        Refresh(a, now);
    }

    public long Id { get; private set; }
    public long VacancyId { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long EmployerId { get; private set; }
    public HardToFillReasons Reasons { get; private set; }
    /// <summary>The findings as JSON: shown as they were when the scan ran.</summary>
    public string FindingsJson { get; private set; } = "[]";
    public DateTimeOffset FlaggedAt { get; private set; }
    public DateTimeOffset CheckedAt { get; private set; }
    /// <summary>Set when a scan no longer finds the vacancy hard to fill (or it ended); a new flag reopens it.</summary>
    public DateTimeOffset? ClearedAt { get; private set; }

    public IReadOnlyList<HardToFillFinding> Findings =>
        JsonSerializer.Deserialize<List<HardToFillFinding>>(FindingsJson) ?? [];

    public bool IsActive => ClearedAt is null;

    public void Refresh(HardToFillAssessment a, DateTimeOffset now)
    {
        if (!a.IsHardToFill)
        {
            Clear(now);
            return;
        }
        if (ClearedAt is not null)
            FlaggedAt = now;
        Reasons = a.Reasons;
        FindingsJson = JsonSerializer.Serialize(a.Findings);
        CheckedAt = now;
        ClearedAt = null;
    }

    public void Clear(DateTimeOffset now)
    {
        CheckedAt = now;
        ClearedAt ??= now;
    }
}
