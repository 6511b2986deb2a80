using Microsoft.Extensions.DependencyInjection;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// The small tables (units, staff, the bench user) go through the app's own EF model and Identity, so that their JSON
/// columns, converters and password hashes are exactly the app's; only the big tables are bulk loaded.
/// </summary>
internal static class CitySetup
{
    public const string BenchUser = "bench-city";

    public static async Task<(UnitMap Units, string BenchUserId)> CreateAsync(IServiceProvider services, int unitCount, int staffCount, Random r)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var divisions = sp.GetRequiredService<DivisionCatalog>();
        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // Every district gets a centre (the demo data already has 渝中 and 江北), the largest ones a second, up to unitCount.
        var existing = await db.ServiceUnits.Select(u => u.DistrictCode).ToListAsync();
        var wanted = City.Districts.Items.Where(d => !existing.Contains(d)).Concat(City.SecondCentres).Take(Math.Max(0, unitCount - existing.Count));
        foreach (var district in wanted)
        {
            var name = divisions.FindDistrict(district)!.Name;
            var second = existing.Contains(district);
            existing.Add(district);
            var unitName = $"重庆市{name}就业和人才服务中心" + (second ? "第二服务站" : "");
            var unit = new ServiceUnit(unitName, district, now);
            unit.Update(unitName, district, $"重庆市{name}{City.Streets[r.Next(City.Streets.Length)]}{r.Next(1, 200)}号", "023-6" + r.Next(1_000_000, 9_999_999));
            unit.SetQualification(new Qualification($"渝人社服〔2024〕{district[^3..]}{(second ? "B" : "")}号", "重庆市人力资源和社会保障局", today.AddYears(2)));
            foreach (var kind in Enum.GetValues<DocumentKind>())
                unit.AddDocument(kind, kind.ToString(), "1.0", today.AddMonths(-6));
            db.ServiceUnits.Add(unit);
        }
        await db.SaveChangesAsync();

        // Staff up to staffCount over all units: per unit one head, a few managers and custodians, the rest counselors.
        var units = await db.ServiceUnits.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.DistrictCode }).ToListAsync();
        var have = await db.StaffMembers.CountAsync();
        for (var i = have; i < staffCount; i++)
        {
            var unit = units[i % units.Count];
            var slot = i / units.Count;
            var position = slot switch { 0 => StaffPosition.Head, < 4 => StaffPosition.Manager, < 6 => StaffPosition.Custodian, _ => StaffPosition.Counselor };
            var name = City.Surnames.Pick(r) + City.MaleChars[r.Next(City.MaleChars.Length)] + City.FemaleChars[r.Next(City.FemaleChars.Length)];
            var staff = new StaffMember(unit.Id, name, position, now);
            staff.UpdateProfile(new StaffProfile(name, position, (Education)r.Next(5, 8), r.Next(0, 15), r.Next(0, 10), r.Next(0, 20), false, null,
                [unit.DistrictCode], [City.Industries[r.Next(City.Industries.Length)].Code]));
            staff.AddCertificate(CertificateKind.VocationalGuidanceWorker, r.Next(2, 5), $"CQ{2015 + r.Next(10)}{i:D6}", "重庆市职业技能鉴定指导中心", today.AddYears(r.Next(1, 4)));
            db.StaffMembers.Add(staff);
            // AppDbContext.PrepareSave finds the owner of each owned entry by scanning all tracked entries, which is
            // quadratic in one big SaveChanges (2,000 staff took ~35 s); small batches keep it linear.
            if ((i - have) % 100 == 99)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();

        var counselors = (await db.StaffMembers.AsNoTracking().Where(s => s.Position == StaffPosition.Counselor)
            .Select(s => new { s.Id, s.ServiceUnitId }).ToListAsync()).ToLookup(s => s.ServiceUnitId, s => s.Id);
        var map = new UnitMap(units.Select(u => new UnitInfo(u.Id, u.DistrictCode, [.. counselors[u.Id]])));
        return (map, await CreateBenchUserAsync(sp.GetRequiredService<UserManager<AppUser>>()));
    }

    /// <summary>A city-level manager (no unit): the load test reads any worker through it.</summary>
    private static async Task<string> CreateBenchUserAsync(UserManager<AppUser> users)
    {
        var user = new AppUser { UserName = BenchUser, DisplayName = "压测账号（市级）", ServiceUnitId = null, TwoFactorExempt = true };
        Check(await users.CreateAsync(user, DemoData.Password));
        Check(await users.AddToRoleAsync(user, Roles.Manager));
        return user.Id;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
