namespace GuidanceDesk.Bench.Generate;

// Plain column bags between the generator and the bulk writers; fields, not properties, because millions are made.
// Values are in model form (DateOnly, DateTimeOffset); each writer converts them exactly as its EF provider does.

/// <summary>One Workers row plus the service-agreement ConsentRecords row that registration always creates.</summary>
internal sealed class WorkerRow
{
    public long Id;
    public long UnitId;
    public string Name = "";
    public int Gender;
    public DateOnly DateOfBirth;
    public string IdPlain = "";   // cleared once encrypted
    public string? PhonePlain;
    public string IdCipher = "";
    public string IdHash = "";
    public string? PhoneCipher;
    public string? PhoneHash;
    public int HouseholdType;
    public string? HouseholdPlaceCode;
    public string ResidenceDistrictCode = "";
    public string? ResidenceTownshipCode;
    public string? ResidenceAddress;
    public int Education;
    public int EmploymentStatus;
    public int SpecialGroups;
    public int? GraduationYear;
    public int? AssistanceCategory;
    public long? CounselorId;
    public DateTimeOffset CreatedAt;
    public DateTimeOffset UpdatedAt;
    public string JobIntentionsJson = "[]";
    public string WorkExperiencesJson = "[]";
    public int ConsentScope;
    public DateOnly ConsentGivenOn;
    public int ConsentChannel;
}

internal sealed class EmployerRow
{
    public long Id;
    public long UnitId;
    public string CreditCode = "";
    public string Name = "";
    public string IndustryCode = "";
    public int Size;
    public int Ownership;
    public string DistrictCode = "";
    public string? Address;
    public DateTimeOffset CreatedAt;
    public DateTimeOffset UpdatedAt;
    public string ContactsJson = "[]";
}

/// <summary>A database the generated rows are streamed into, one batch (one transaction or COPY) at a time.</summary>
internal interface IBulkTarget : IAsyncDisposable
{
    Task<long> NextIdAsync(string table);

    Task WriteWorkersAsync(IReadOnlyList<WorkerRow> batch);

    Task WriteEmployersAsync(IReadOnlyList<EmployerRow> batch);

    /// <summary>Statistics, checkpoint, sequences: whatever the database needs after the load.</summary>
    Task FinishAsync();
}
