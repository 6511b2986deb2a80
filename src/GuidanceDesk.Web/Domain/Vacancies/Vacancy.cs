namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 岗位空缺: a post an employer wants filled. It is written as a draft, opened (published) once its requirements pass
/// the fair-hiring check, and ends filled, withdrawn or expired. Occupation groups are stored beside the code so that
/// market counts and matching group by them from an index.
/// </summary>
public sealed class Vacancy : IVersioned, IUnitOwned
{
    private readonly List<string> _skills = [];

    private Vacancy() { }

    public Vacancy(long serviceUnitId, long employerId, VacancySource source, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        EmployerId = employerId;
        Source = source;
        Status = VacancyStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long EmployerId { get; private set; }
    public VacancySource Source { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>A code of the 2022 classification, or null when the post is "not in the list" (see <see cref="OccupationNote"/>).</summary>
    public string? OccupationCode { get; private set; }
    public string? OccupationNote { get; private set; }
    /// <summary>中类 (e.g. 2-02) and 小类 (e.g. 2-02-01) of <see cref="OccupationCode"/>.</summary>
    public string? MediumGroup { get; private set; }
    public string? MinorGroup { get; private set; }
    public int Posts { get; private set; }
    public string DistrictCode { get; private set; } = "";
    public string? TownshipCode { get; private set; }
    /// <summary>Monthly pay offered, yuan.</summary>
    public int PayMin { get; private set; }
    public int PayMax { get; private set; }
    public Education MinEducation { get; private set; }
    public int MinExperienceYears { get; private set; }
    public int? AgeMin { get; private set; }
    public int? AgeMax { get; private set; }
    public IReadOnlyList<string> Skills => _skills;
    public string? WorkingHours { get; private set; }
    public ContractType ContractType { get; private set; }
    public string? Benefits { get; private set; }
    public string? Description { get; private set; }
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public VacancyStatus Status { get; private set; }
    /// <summary>Placements that ended in a hire.</summary>
    public int Hired { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndReason { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsOpen => Status == VacancyStatus.Open;

    /// <summary>Sets what the form edits; a draft or an open vacancy can be edited, and an open one stays fair.</summary>
    public void Update(VacancyDetails d, DateTimeOffset now)
    {
        if (Status is not (VacancyStatus.Draft or VacancyStatus.Open))
            throw new DomainRuleException("岗位已结束，不能修改", nameof(Status));
        FairHiring.EnsureFair(d);
        if (d.OccupationCode is null && string.IsNullOrWhiteSpace(d.OccupationNote))
            throw new DomainRuleException("请选择职业；列表中没有时请说明岗位的职业", nameof(OccupationCode));
        if (d.Posts < 1)
            throw new DomainRuleException("招聘人数至少为 1", nameof(Posts));
        if (d.PayMin <= 0 || d.PayMax < d.PayMin)
            throw new DomainRuleException("月薪下限须大于 0 且不高于上限", nameof(PayMax));
        if (d.ClosesOn < d.OpensOn)
            throw new DomainRuleException("截止日期不能早于开始日期", nameof(ClosesOn));
        Title = d.Title.Trim();
        OccupationCode = d.OccupationCode;
        OccupationNote = d.OccupationCode is null ? d.OccupationNote?.Trim() : null;
        MediumGroup = OccupationGroups.MediumOf(d.OccupationCode);
        MinorGroup = OccupationGroups.MinorOf(d.OccupationCode);
        Posts = d.Posts;
        DistrictCode = d.DistrictCode;
        TownshipCode = d.TownshipCode;
        PayMin = d.PayMin;
        PayMax = d.PayMax;
        MinEducation = d.MinEducation;
        MinExperienceYears = d.MinExperienceYears;
        AgeMin = d.AgeMin;
        AgeMax = d.AgeMax;
        _skills.Clear();
        _skills.AddRange(d.Skills.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));
        WorkingHours = d.WorkingHours;
        ContractType = d.ContractType;
        Benefits = d.Benefits;
        Description = d.Description;
        OpensOn = d.OpensOn;
        ClosesOn = d.ClosesOn;
        UpdatedAt = now;
    }

    /// <summary>Publishes a draft: it becomes visible to workers, counselors and the public pages.</summary>
    public void Open(DateOnly today, DateTimeOffset now)
    {
        if (Status != VacancyStatus.Draft)
            throw new DomainRuleException("只有草稿可以发布", nameof(Status));
        if (Title.Length == 0)
            throw new DomainRuleException("请先填写岗位信息", nameof(Title));
        if (ClosesOn < today)
            throw new DomainRuleException("截止日期已过，请先修改", nameof(ClosesOn));
        Status = VacancyStatus.Open;
        PublishedAt = now;
        UpdatedAt = now;
    }

    public void Withdraw(string reason, DateTimeOffset now)
    {
        if (Status is not (VacancyStatus.Draft or VacancyStatus.Open))
            throw new DomainRuleException("岗位已结束", nameof(Status));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请说明撤回原因", nameof(reason));
        End(VacancyStatus.Withdrawn, reason.Trim(), now);
    }

    /// <summary>The employer says all posts are filled (also reached when hires reach the number of posts).</summary>
    public void MarkFilled(DateTimeOffset now)
    {
        if (Status != VacancyStatus.Open)
            throw new DomainRuleException("只有招聘中的岗位可以标记为已招满", nameof(Status));
        End(VacancyStatus.Filled, null, now);
    }

    /// <summary>The nightly scan closes open vacancies whose closing date has passed.</summary>
    public bool ExpireIfDue(DateOnly today, DateTimeOffset now)
    {
        if (Status != VacancyStatus.Open || ClosesOn >= today)
            return false;
        End(VacancyStatus.Expired, null, now);
        return true;
    }

    /// <summary>A placement ended in a hire; the vacancy is filled when every post is.</summary>
    public void RecordHire(DateTimeOffset now)
    {
        if (Status != VacancyStatus.Open)
            throw new DomainRuleException("岗位已不在招聘中", nameof(Status));
        Hired++;
        UpdatedAt = now;
        if (Hired >= Posts)
            End(VacancyStatus.Filled, null, now);
    }

    /// <summary>Posts still to fill.</summary>
    public int OpenPosts => Math.Max(0, Posts - Hired);

    private void End(VacancyStatus status, string? reason, DateTimeOffset now)
    {
        Status = status;
        EndReason = reason;
        EndedAt = now;
        UpdatedAt = now;
    }
}

/// <summary>Everything the vacancy form edits.</summary>
public sealed record VacancyDetails(
    string Title, string? OccupationCode, string? OccupationNote, int Posts, string DistrictCode, string? TownshipCode,
    int PayMin, int PayMax, Education MinEducation, int MinExperienceYears, int? AgeMin, int? AgeMax,
    IReadOnlyList<string> Skills, string? WorkingHours, ContractType ContractType, string? Benefits, string? Description,
    DateOnly OpensOn, DateOnly ClosesOn);

public enum VacancyStatus { Draft = 1, Open = 2, Filled = 3, Withdrawn = 4, Expired = 5 }

/// <summary>Who recorded it: the employer in the portal, or staff (a call, a visit, a job fair).</summary>
public enum VacancySource { Portal = 1, Staff = 2 }

public enum ContractType
{
    OpenEnded = 1,   // 无固定期限
    FixedTerm = 2,   // 固定期限
    TaskBased = 3,   // 以完成一定工作任务为期限
    PartTime = 4,    // 非全日制
    Dispatch = 5,    // 劳务派遣
    Internship = 6,  // 实习/见习
}
