using System.Globalization;
using System.Text.Json;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// Makes worker rows in two steps: <see cref="Describe"/> draws every attribute from one seeded Random (sequential,
/// cheap, reproducible, and the only place that hands out ID sequence numbers, which keeps ID numbers unique), then
/// <see cref="Protect"/> does the expensive part — the check character, AES-GCM and HMAC — and can run in parallel.
/// </summary>
internal sealed class WorkerFactory(UnitMap units, DivisionCatalog divisions, IReadOnlyList<string> occupationCodes,
    PersonalDataProtector protector, DateTimeOffset now)
{
    // GB 11643 sequence numbers per (region, birth date, gender). Starting at 200 keeps clear of the demo data's 100–181.
    private readonly Dictionary<long, int> _sequences = [];
    private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);
    private readonly Dictionary<string, IReadOnlyList<Division>> _townships = City.Districts.Items
        .ToDictionary(d => d, divisions.Townships, StringComparer.Ordinal); // the catalog copies the list on every call

    public void Describe(WorkerRow w, long id, Random r)
    {
        w.Id = id;
        var district = City.Districts.Pick(r);
        var unit = units.For(district, r);
        w.UnitId = unit.Id;
        w.ResidenceDistrictCode = district;
        var townships = _townships[district];
        w.ResidenceTownshipCode = townships.Count > 0 && r.NextDouble() < 0.8 ? townships[r.Next(townships.Count)].Code : null;
        w.ResidenceAddress = r.NextDouble() < 0.6 ? $"{City.Streets[r.Next(City.Streets.Length)]}{r.Next(1, 400)}号" : null;
        w.CounselorId = unit.CounselorIds.Length > 0 && r.NextDouble() < 0.7 ? unit.CounselorIds[r.Next(unit.CounselorIds.Length)] : null;

        // Special groups first, because some of them constrain age, education and household.
        var graduate = r.NextDouble() < 0.10;
        var groups = graduate ? 1 : 0;
        if (r.NextDouble() < 0.05) groups |= 2;
        if (r.NextDouble() < 0.20) groups |= 4;
        if (r.NextDouble() < 0.02) groups |= 8;
        if (r.NextDouble() < 0.02) groups |= 16;
        if (r.NextDouble() < 0.03) groups |= 32;
        var male = (groups & 8) != 0 ? r.NextDouble() < 0.9 : r.NextDouble() < 0.52;
        var age = graduate ? r.Next(21, 30) : City.Ages.Pick(r);
        var birth = _today.AddYears(-age).AddDays(-r.Next(1, 365));
        w.DateOfBirth = birth;
        w.Gender = male ? 1 : 2;
        w.SpecialGroups = groups;
        w.Education = graduate ? r.Next(5, 8) : City.Education.Pick(r);
        w.GraduationYear = graduate ? Math.Min(birth.Year + (w.Education == 5 ? 21 : w.Education == 6 ? 22 : 25), _today.Year) : null;
        w.AssistanceCategory = (groups & 2) != 0 ? ((groups & 16) != 0 ? 4 : age >= 45 ? 5 : r.Next(1, 10)) : null;
        w.HouseholdType = (groups & 4) != 0 || r.NextDouble() < 0.3 ? 2 : 1;
        w.EmploymentStatus = graduate && age < 24 ? 3 : r.NextDouble() switch { < 0.5 => 1, < 0.75 => 2, < 0.95 => 4, _ => 0 };

        // Most were born where they live; one in twelve came from a neighbouring province.
        var region = r.NextDouble() < 0.92 ? district : City.OtherRegions[r.Next(City.OtherRegions.Length)];
        w.HouseholdPlaceCode = region.StartsWith("50", StringComparison.Ordinal) ? region : region[..4];
        var sequence = NextSequence(region, ref birth, male); // may move birth by a day, so before the ID is built
        w.IdPlain = DemoData.SyntheticIdNumber(region, birth, sequence);
        w.DateOfBirth = birth;
        w.Name = City.Surnames.Pick(r) + GivenName(male, r);
        w.PhonePlain = r.NextDouble() < 0.95
            ? City.MobilePrefixes[r.Next(City.MobilePrefixes.Length)] + r.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture)
            : null;

        w.CreatedAt = now.AddMinutes(-r.Next(10, 5 * 365 * 24 * 60));
        w.UpdatedAt = r.NextDouble() < 0.4 ? w.CreatedAt.AddMinutes(r.Next(0, (int)(now - w.CreatedAt).TotalMinutes)) : w.CreatedAt;
        w.JobIntentionsJson = JobIntentions(district, r);
        w.WorkExperiencesJson = WorkExperiences(age, r);
        w.ConsentScope = r.NextDouble() < 0.3 ? 3 : 1;
        w.ConsentGivenOn = DateOnly.FromDateTime(w.CreatedAt.UtcDateTime);
        w.ConsentChannel = r.NextDouble() < 0.8 ? 1 : 2;
    }

    /// <summary>Encrypts and hashes exactly as the app's handlers do (ID upper-case normalized, phone digits only).</summary>
    public void Protect(WorkerRow w)
    {
        w.IdCipher = protector.Protect(w.IdPlain);
        w.IdHash = protector.LookupHash(w.IdPlain);
        if (w.PhonePlain is not null)
        {
            w.PhoneCipher = protector.Protect(w.PhonePlain);
            w.PhoneHash = protector.LookupHash(w.PhonePlain);
        }
        w.IdPlain = "";
        w.PhonePlain = null;
    }

    private int NextSequence(string region, ref DateOnly birth, bool male)
    {
        while (true)
        {
            var key = (long.Parse(region, CultureInfo.InvariantCulture) << 22) | ((long)birth.DayNumber << 1) | (male ? 1L : 0L);
            var n = _sequences.GetValueOrDefault(key);
            if (n < 390)
            {
                _sequences[key] = n + 1;
                return 200 + (2 * n) + (male ? 1 : 0); // odd 17th digit = male
            }
            birth = birth.AddDays(1); // that day is full for this region: practically never at this scale
        }
    }

    private static string GivenName(bool male, Random r)
    {
        var pool = male ? City.MaleChars : City.FemaleChars;
        var first = pool[r.Next(pool.Length)];
        return r.NextDouble() < 0.25 ? first : first + pool[r.Next(pool.Length)];
    }

    // JSON as EF Core writes owned collections mapped with ToJson(): properties in alphabetical order, nulls written.
    private string JobIntentions(string district, Random r)
    {
        var count = r.Next(0, 3);
        var list = new object[count];
        for (var i = 0; i < count; i++)
            list[i] = new { DistrictCode = r.NextDouble() < 0.7 ? district : null, MinMonthlyPay = (int?)(r.Next(25, 121) * 100), Note = (string?)null,
                OccupationCode = occupationCodes[r.Next(occupationCodes.Count)] };
        return JsonSerializer.Serialize(list);
    }

    private string WorkExperiences(int age, Random r)
    {
        var count = age < 20 ? 0 : r.Next(0, 3);
        var list = new object[count];
        var to = _today.AddDays(-r.Next(30, 400));
        for (var i = 0; i < count; i++)
        {
            var from = to.AddDays(-r.Next(180, 2000));
            list[i] = new { Employer = $"重庆{City.CompanyWords[r.Next(City.CompanyWords.Length)]}{City.Industries[r.Next(City.Industries.Length)].Word}有限公司",
                From = from, OccupationCode = occupationCodes[r.Next(occupationCodes.Count)], Position = (string?)null, To = (DateOnly?)to };
            to = from.AddDays(-r.Next(0, 200));
        }
        return JsonSerializer.Serialize(list);
    }
}
