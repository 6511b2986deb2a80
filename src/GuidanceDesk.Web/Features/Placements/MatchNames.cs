using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>Names for the explanations: occupation groups from the 2022 classification, districts from the NBS codes.</summary>
public sealed class MatchNames(OccupationCatalog occupations, DivisionCatalog divisions)
{
    /// <summary>"4-01-02" → "销售人员": the catalog writes a group's code padded with "-00" to four parts.</summary>
    public string? Group(string code)
    {
        var parts = code.Split('-');
        var padded = string.Join('-', parts.Concat(Enumerable.Repeat("00", Math.Max(0, 4 - parts.Length))));
        return occupations.Find(padded)?.Name;
    }

    public string District(string? code) =>
        code is null ? "不限" : divisions.FindDistrict(code)?.Name ?? code;
}
