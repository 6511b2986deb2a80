using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>
/// Which part of the market: an occupation group at any level of the 2022 classification (null = all occupations) and
/// a district (null = all of Chongqing). Level by the code's segments: "2" major, "2-02" medium, "2-02-01" minor,
/// "2-02-01-01" occupation.
/// </summary>
public sealed record MarketFilter(string? Code, string? District)
{
    public static readonly MarketFilter All = new(null, null);

    public int Level => Code is null ? 0 : Code.Split('-').Length;

    /// <summary>Refuses a code or district that is not in the reference data (field-level errors).</summary>
    public static MarketFilter Check(string? code, string? district, OccupationCatalog occupations, DivisionCatalog divisions)
    {
        code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        district = string.IsNullOrWhiteSpace(district) ? null : district.Trim();
        if (code is not null && occupations.Find(code) is null && occupations.Find(OccupationCodes.Padded(code)) is null)
            throw new DomainRuleException("职业代码不在《职业分类大典（2022年版）》中", "code");
        code = code is null ? null : OccupationCodes.Trimmed(code);
        if (district is not null && divisions.FindDistrict(district) is null)
            throw new DomainRuleException("不是重庆市的区县代码", "district");
        return new MarketFilter(code, district);
    }

    public IQueryable<Vacancy> Apply(IQueryable<Vacancy> q)
    {
        if (District is { } d)
            q = q.Where(v => v.DistrictCode == d);
        var prefix = Code + "-";
        return Level switch
        {
            1 => q.Where(v => v.MediumGroup != null && v.MediumGroup.StartsWith(prefix)),
            2 => q.Where(v => v.MediumGroup == Code),
            3 => q.Where(v => v.MinorGroup == Code),
            4 => q.Where(v => v.OccupationCode == Code),
            _ => q,
        };
    }

    public IQueryable<SeekerIntention> Apply(IQueryable<SeekerIntention> q)
    {
        if (District is { } d)
            q = q.Where(s => s.DistrictCode == d);
        var prefix = Code + "-";
        return Level switch
        {
            1 => q.Where(s => s.MediumGroup != null && s.MediumGroup.StartsWith(prefix)),
            2 => q.Where(s => s.MediumGroup == Code),
            3 => q.Where(s => s.MinorGroup == Code),
            4 => q.Where(s => s.OccupationCode == Code),
            _ => q,
        };
    }

    /// <summary>Snapshots are kept by minor group: an occupation reads its minor group's cells there.</summary>
    public IQueryable<SupplyDemandSnapshot> Apply(IQueryable<SupplyDemandSnapshot> q)
    {
        if (District is { } d)
            q = q.Where(s => s.DistrictCode == d);
        var prefix = Code + "-";
        var minor = OccupationGroups.MinorOf(Code);
        return Level switch
        {
            1 or 2 => q.Where(s => s.MinorGroup.StartsWith(prefix)),
            3 or 4 => q.Where(s => s.MinorGroup == minor),
            _ => q,
        };
    }
}
