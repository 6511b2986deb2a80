namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 劳动者: the person guided. The resident ID and phone number are held only encrypted, with a keyed hash for exact
/// lookup (R-4.4d); date of birth and gender come from the ID number so that they cannot disagree with it.
/// </summary>
public sealed class Worker : IVersioned, IUnitOwned
{
    private readonly List<WorkExperience> _experiences = [];
    private readonly List<JobIntention> _intentions = [];

    private Worker() { }

    public Worker(long serviceUnitId, ProtectedValue idNumber, DateOnly dateOfBirth, Gender gender, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        IdNumber = idNumber;
        DateOfBirth = dateOfBirth;
        Gender = gender;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public string Name { get; private set; } = "";
    public Gender Gender { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public ProtectedValue IdNumber { get; private set; } = null!;
    public ProtectedValue? Phone { get; private set; }
    public HouseholdType HouseholdType { get; private set; }
    /// <summary>户籍所在地: a province, city or district code.</summary>
    public string? HouseholdPlaceCode { get; private set; }
    public string ResidenceDistrictCode { get; private set; } = "";
    public string? ResidenceTownshipCode { get; private set; }
    public string? ResidenceAddress { get; private set; }
    public Education Education { get; private set; }
    public EmploymentStatus EmploymentStatus { get; private set; }
    public SpecialGroups SpecialGroups { get; private set; }
    public int? GraduationYear { get; private set; }
    public AssistanceCategory? AssistanceCategory { get; private set; }
    public IReadOnlyList<WorkExperience> WorkExperiences => _experiences;
    public IReadOnlyList<JobIntention> JobIntentions => _intentions;
    /// <summary>The counselor (staff member) responsible, if assigned.</summary>
    public long? CounselorId { get; private set; }
    /// <summary>PIPL art. 24: the worker refused recommendations made by automated matching (and gets none).</summary>
    public bool RefusesRecommendations { get; private set; }
    /// <summary>The worker's own portal account, if any.</summary>
    public string? UserId { get; private set; }
    /// <summary>
    /// When the record was anonymised (PIPL art. 47: deleted after its retention period, or at the worker's request):
    /// what identifies the person is gone, what the statistics count stays.
    /// </summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }
    public bool IsAnonymised => AnonymisedAt is not null;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void LinkUser(string userId) => UserId = userId;

    public void AssignCounselor(long? staffId) => CounselorId = staffId;

    /// <summary>A mistyped ID number is corrected; birth date and gender follow it.</summary>
    public void CorrectIdNumber(ProtectedValue idNumber, DateOnly dateOfBirth, Gender gender)
    {
        EnsureNotAnonymised();
        IdNumber = idNumber;
        DateOfBirth = dateOfBirth;
        Gender = gender;
    }

    public void Update(WorkerDetails d, ProtectedValue? phone, DateTimeOffset now)
    {
        EnsureNotAnonymised();
        if (d.SpecialGroups.HasFlag(SpecialGroups.CollegeGraduate) && d.GraduationYear is null)
            throw new DomainRuleException("高校毕业生须填写毕业年份", nameof(GraduationYear));
        if (d.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget) && d.AssistanceCategory is null)
            throw new DomainRuleException("就业援助对象须选择援助类别", nameof(AssistanceCategory));
        if (d.GraduationYear is { } year && (year < DateOfBirth.Year + 14 || year > now.Year + 6))
            throw new DomainRuleException("毕业年份与出生日期不符", nameof(GraduationYear));
        Name = d.Name;
        Phone = phone;
        HouseholdType = d.HouseholdType;
        HouseholdPlaceCode = d.HouseholdPlaceCode;
        ResidenceDistrictCode = d.ResidenceDistrictCode;
        ResidenceTownshipCode = d.ResidenceTownshipCode;
        ResidenceAddress = d.ResidenceAddress;
        Education = d.Education;
        EmploymentStatus = d.EmploymentStatus;
        SpecialGroups = d.SpecialGroups;
        GraduationYear = d.SpecialGroups.HasFlag(SpecialGroups.CollegeGraduate) ? d.GraduationYear : null;
        AssistanceCategory = d.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget) ? d.AssistanceCategory : null;
        _experiences.Clear();
        _experiences.AddRange(d.WorkExperiences);
        _intentions.Clear();
        _intentions.AddRange(d.JobIntentions);
        UpdatedAt = now;
    }

    /// <summary>A case closed with an outcome changes what the registry says about the worker.</summary>
    public void SetEmploymentStatus(EmploymentStatus status, DateTimeOffset now)
    {
        EmploymentStatus = status;
        UpdatedAt = now;
    }

    /// <summary>PIPL art. 24: the worker may refuse automated recommendations at any time, and take them up again.</summary>
    public void SetRefusesRecommendations(bool refuses, DateTimeOffset now)
    {
        EnsureNotAnonymised();
        RefusesRecommendations = refuses;
        UpdatedAt = now;
    }

    /// <summary>The name every page shows for an anonymised worker.</summary>
    public const string AnonymisedName = "已匿名化";

    /// <summary>
    /// Anonymises the record: name, identifiers (<paramref name="placeholderId"/> replaces the ID number's ciphertext and
    /// lookup hash), phone, address, township, the employers and notes of the history, and the portal link go; the day of
    /// birth becomes 1 July of the year (age bands stay right within months). Gender, birth year, district, household,
    /// education, employment status, groups and the shape of the history stay, because the statistics count them.
    /// Automated recommendations stop: there is nobody left to recommend to.
    /// </summary>
    public void Anonymise(ProtectedValue placeholderId, DateTimeOffset now)
    {
        EnsureNotAnonymised();
        Name = AnonymisedName;
        IdNumber = placeholderId;
        Phone = null;
        DateOfBirth = new DateOnly(DateOfBirth.Year, 7, 1);
        ResidenceTownshipCode = null;
        ResidenceAddress = null;
        var experiences = _experiences.Select(e => new WorkExperience("", e.OccupationCode, null, e.From, e.To)).ToList();
        _experiences.Clear();
        _experiences.AddRange(experiences);
        var intentions = _intentions.Select(j => j with { Note = null }).ToList();
        _intentions.Clear();
        _intentions.AddRange(intentions);
        UserId = null;
        RefusesRecommendations = true;
        AnonymisedAt = now;
        UpdatedAt = now;
    }

    private void EnsureNotAnonymised()
    {
        if (IsAnonymised)
            throw new DomainRuleException("该劳动者的个人信息已匿名化，不能修改");
    }

    public int AgeOn(DateOnly day) => AgeAt(DateOfBirth, day);

    public static int AgeAt(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > day ? age - 1 : age;
    }
}

/// <summary>Everything about a worker that a form edits, apart from the protected identifiers.</summary>
public sealed record WorkerDetails(
    string Name, HouseholdType HouseholdType, string? HouseholdPlaceCode,
    string ResidenceDistrictCode, string? ResidenceTownshipCode, string? ResidenceAddress,
    Education Education, EmploymentStatus EmploymentStatus,
    SpecialGroups SpecialGroups, int? GraduationYear, AssistanceCategory? AssistanceCategory,
    IReadOnlyList<WorkExperience> WorkExperiences, IReadOnlyList<JobIntention> JobIntentions);

/// <summary>An encrypted identifier and its keyed lookup hash; the plaintext is never stored.</summary>
public sealed record ProtectedValue(string Cipher, string Hash);

public sealed record WorkExperience(string Employer, string? OccupationCode, string? Position, DateOnly From, DateOnly? To);

/// <summary>A job the worker wants; <paramref name="Industry"/> is a GB/T 4754 section, matched to counselors' expertise (7.1.3).</summary>
public sealed record JobIntention(string? OccupationCode, string? DistrictCode, int? MinMonthlyPay, string? Note, string? Industry = null);
