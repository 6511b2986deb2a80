using System.Text.Json;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;

namespace GuidanceDesk.Bench.Generate;

/// <summary>Employers: a credit code with a valid check character, a made-up company name, one contact with an encrypted phone.</summary>
internal sealed class EmployerFactory(UnitMap units, PersonalDataProtector protector, DateTimeOffset now)
{
    private static readonly string?[] Titles = ["人事经理", "招聘专员", "行政主管", "总经理", null];

    public EmployerRow Make(long id, int n, Random r)
    {
        var district = City.Districts.Pick(r);
        var industry = City.Industries[r.Next(City.Industries.Length)];
        var created = now.AddMinutes(-r.Next(10, 8 * 365 * 24 * 60));
        var words = City.CompanyWords;
        var contactName = City.Surnames.Pick(r) + City.FemaleChars[r.Next(City.FemaleChars.Length)];
        var phone = City.MobilePrefixes[r.Next(City.MobilePrefixes.Length)] + r.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return new EmployerRow
        {
            Id = id,
            UnitId = units.For(district, r).Id,
            // n starts above the demo data's 0–9, so the codes cannot collide with them.
            CreditCode = DemoData.SyntheticCreditCode(district, 1000 + n),
            Name = $"重庆{words[r.Next(words.Length)]}{words[r.Next(words.Length)]}{industry.Word}有限公司",
            IndustryCode = industry.Code,
            Size = r.NextDouble() switch { < 0.6 => 1, < 0.88 => 2, < 0.97 => 3, _ => 4 },
            Ownership = r.NextDouble() switch { < 0.78 => 3, < 0.86 => 1, < 0.89 => 2, < 0.93 => 4, < 0.95 => 5, < 0.98 => 6, _ => 7 },
            DistrictCode = district,
            Address = $"{City.Streets[r.Next(City.Streets.Length)]}{r.Next(1, 900)}号",
            CreatedAt = created,
            UpdatedAt = created,
            // EF's ToJson layout (alphabetical properties); the phone is encrypted as EmployerHandlers does.
            ContactsJson = JsonSerializer.Serialize(new[]
            {
                new { Name = contactName, PhoneCipher = protector.Protect(phone), Title = Titles[r.Next(Titles.Length)] },
            }),
        };
    }
}
