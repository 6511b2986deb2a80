namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One job intention of a worker, with what matching and market counts need from the worker beside it, in a table
/// of its own: the intentions themselves live in the worker's JSON, which no index reaches. Rebuilt from the worker
/// on every save of the worker (<c>AppDbContext</c>), never edited directly.
/// </summary>
public sealed class SeekerIntention
{
    private SeekerIntention() { }

    public long Id { get; private set; }
    public long WorkerId { get; private set; }
    public Worker? Worker { get; private set; }
    public long ServiceUnitId { get; private set; }
    public int Ordinal { get; private set; }
    public string? OccupationCode { get; private set; }
    public string? MediumGroup { get; private set; }
    public string? MinorGroup { get; private set; }
    public string? DistrictCode { get; private set; }
    public int? MinMonthlyPay { get; private set; }
    public Education Education { get; private set; }
    /// <summary>Whole years of recorded work experience, as of the save.</summary>
    public int ExperienceYears { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    /// <summary>Looking for work: not recorded as employed.</summary>
    public bool IsSeeking { get; private set; }
    /// <summary>PIPL art. 24: the worker refused automated recommendations; matching leaves them out.</summary>
    public bool RefusesRecommendations { get; private set; }
    public SpecialGroups SpecialGroups { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The rows for a worker as it is now (one per intention, none without intentions).</summary>
    public static IEnumerable<SeekerIntention> From(Worker w, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var months = w.WorkExperiences.Sum(e => MonthsBetween(e.From, e.To ?? today));
        return w.JobIntentions.Select((j, i) => new SeekerIntention
        {
            Worker = w,
            WorkerId = w.Id,
            ServiceUnitId = w.ServiceUnitId,
            Ordinal = i,
            OccupationCode = string.IsNullOrWhiteSpace(j.OccupationCode) ? null : j.OccupationCode,
            MediumGroup = OccupationGroups.MediumOf(j.OccupationCode),
            MinorGroup = OccupationGroups.MinorOf(j.OccupationCode),
            DistrictCode = string.IsNullOrWhiteSpace(j.DistrictCode) ? null : j.DistrictCode,
            MinMonthlyPay = j.MinMonthlyPay,
            Education = w.Education,
            ExperienceYears = months / 12,
            DateOfBirth = w.DateOfBirth,
            IsSeeking = w.EmploymentStatus != EmploymentStatus.Employed,
            RefusesRecommendations = w.RefusesRecommendations,
            SpecialGroups = w.SpecialGroups,
            UpdatedAt = now,
        });
    }

    /// <summary>Takes the values of a freshly built row for the same worker and position.</summary>
    public void CopyFrom(SeekerIntention fresh)
    {
        ServiceUnitId = fresh.ServiceUnitId;
        OccupationCode = fresh.OccupationCode;
        MediumGroup = fresh.MediumGroup;
        MinorGroup = fresh.MinorGroup;
        DistrictCode = fresh.DistrictCode;
        MinMonthlyPay = fresh.MinMonthlyPay;
        Education = fresh.Education;
        ExperienceYears = fresh.ExperienceYears;
        DateOfBirth = fresh.DateOfBirth;
        IsSeeking = fresh.IsSeeking;
        RefusesRecommendations = fresh.RefusesRecommendations;
        SpecialGroups = fresh.SpecialGroups;
        UpdatedAt = fresh.UpdatedAt;
    }

    private static int MonthsBetween(DateOnly from, DateOnly to) =>
        to < from ? 0 : ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
