namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One cell of a quarter's supply/demand table: a minor occupation group in a district ("" for a seeker intention
/// or vacancy without one), as the nightly job last counted it. Seekers are only countable as of "now" (the intention
/// rows are live), so the counts of a past quarter are whatever its last nightly run saw; once the quarter is over the
/// rows are frozen and no rebuild touches them.
/// </summary>
public sealed class SupplyDemandSnapshot
{
    private SupplyDemandSnapshot() { }

    public SupplyDemandSnapshot(Quarter quarter, string minorGroup, string districtCode, SupplyDemandCounts counts, DateTimeOffset now)
    {
        QuarterKey = quarter.Key;
        MinorGroup = minorGroup;
        DistrictCode = districtCode;
        Set(counts, now);
    }

    public long Id { get; private set; }
    public int QuarterKey { get; private set; }
    public string MinorGroup { get; private set; } = "";
    public string DistrictCode { get; private set; } = "";
    public int Vacancies { get; private set; }
    public int Posts { get; private set; }
    public int Seekers { get; private set; }
    /// <summary>Median of the vacancies' pay midpoints, yuan a month.</summary>
    public int? MedianOffer { get; private set; }
    public DateTimeOffset ComputedAt { get; private set; }
    public bool Frozen { get; private set; }

    public Quarter Quarter => Quarter.FromKey(QuarterKey);

    public void Set(SupplyDemandCounts c, DateTimeOffset now)
    {
        if (Frozen)
            throw new DomainRuleException("该季度的供求快照已冻结，不能重算", nameof(Frozen));
        if (c.Vacancies < 0 || c.Posts < 0 || c.Seekers < 0)
            throw new DomainRuleException("数量不能为负数", nameof(Posts));
        Vacancies = c.Vacancies;
        Posts = c.Posts;
        Seekers = c.Seekers;
        MedianOffer = c.MedianOffer;
        ComputedAt = now;
    }

    public void Freeze() => Frozen = true;
}

/// <summary>The counts of one cell or of a sum of cells.</summary>
public sealed record SupplyDemandCounts(int Vacancies, int Posts, int Seekers, int? MedianOffer);
