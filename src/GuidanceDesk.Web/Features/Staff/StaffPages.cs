using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary>What the staff form partial needs from the create and edit pages.</summary>
public interface IStaffFormPage
{
    StaffForm Input { get; }

    /// <summary>Units to choose from; only for a city-level user adding someone.</summary>
    IReadOnlyList<SelectListItem> Units { get; }
}

public static class StaffPages
{
    public static StaffForm FromView(StaffView v) => new()
    {
        Name = v.Name, Position = v.Position, Education = v.Education, YearsOfGuidance = v.YearsOfGuidance,
        YearsOfConsulting = v.YearsOfConsulting, YearsOfIndustry = v.YearsOfIndustry, IsSpecialTalent = v.IsSpecialTalent,
        SpecialTalentNote = v.SpecialTalentNote, DistrictExpertise = [.. v.DistrictExpertise], IndustryExpertise = [.. v.IndustryExpertise],
        Version = v.Version,
    };

    public static async Task<List<SelectListItem>> UnitsAsync(UnitHandlers units, CurrentUser user, CancellationToken ct) =>
        user.IsCityLevel ? [.. (await units.ListAsync(ct)).Select(u => new SelectListItem(u.Name, Fmt.Id(u.Id)))] : [];
}
