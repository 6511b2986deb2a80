using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>
/// Options of the select boxes, labelled through the resources. Enum options carry the member name as value,
/// which is what the model binder and the API both accept.
/// </summary>
public static class Choices
{
    public static List<SelectListItem> Of<T>(IStringLocalizer l, Func<T, string> label, params T[] skip) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(v => !skip.Contains(v)).Select(v => new SelectListItem(l[label(v)], v.ToString()))];

    public static List<SelectListItem> Education(IStringLocalizer l) => Of<Education>(l, Labels.Of);

    public static List<SelectListItem> Household(IStringLocalizer l) => Of<HouseholdType>(l, Labels.Of);

    public static List<SelectListItem> Employment(IStringLocalizer l) => Of<EmploymentStatus>(l, Labels.Of);

    public static List<SelectListItem> Assistance(IStringLocalizer l) => Of<AssistanceCategory>(l, Labels.Of);

    public static List<SelectListItem> Channels(IStringLocalizer l) => Of<Channel>(l, Labels.Of);

    public static List<SelectListItem> Sizes(IStringLocalizer l) => Of<EnterpriseSize>(l, Labels.Of);

    public static List<SelectListItem> Ownerships(IStringLocalizer l) => Of<Ownership>(l, Labels.Of);

    public static List<SelectListItem> Positions(IStringLocalizer l) => Of<StaffPosition>(l, Labels.Of);

    public static List<SelectListItem> CertificateKinds(IStringLocalizer l) => Of<CertificateKind>(l, Labels.Of);

    public static List<SelectListItem> DocumentKinds(IStringLocalizer l) => Of<DocumentKind>(l, Labels.Of);

    public static List<SelectListItem> AuditActions(IStringLocalizer l) => Of<AuditAction>(l, Labels.Of);

    public static List<SelectListItem> Groups(IStringLocalizer l) =>
        [.. Labels.Groups.Select(g => new SelectListItem(l[g.Label], g.Group.ToString()))];

    public static List<SelectListItem> CertificateLevels(IStringLocalizer l) =>
        [.. Enumerable.Range(1, 5).Select(n => new SelectListItem(l[Labels.OfLevel(n)], n.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>Industry sections keep their letter in front: counselors know them as "C 制造业".</summary>
    public static List<SelectListItem> Industries(IStringLocalizer l) =>
        [.. Domain.Industries.Sections.Select(s => new SelectListItem(s.Code + " " + l[s.Name], s.Code))];

    /// <summary>District names are proper nouns and stay Chinese in every language.</summary>
    public static List<SelectListItem> Districts(DivisionCatalog d) =>
        [.. d.ChongqingDistricts.Select(x => new SelectListItem(x.Name, x.Code))];

    public static List<SelectListItem> Townships(DivisionCatalog d, string? districtCode) =>
        string.IsNullOrWhiteSpace(districtCode) ? [] : [.. d.Townships(districtCode).Select(x => new SelectListItem(x.Name, x.Code))];

    /// <summary>户籍所在地: a Chongqing district, or another province for people registered elsewhere.</summary>
    public static List<SelectListItem> HouseholdPlaces(DivisionCatalog d, IStringLocalizer l)
    {
        var chongqing = new SelectListGroup { Name = l["重庆市"] };
        var other = new SelectListGroup { Name = l["其他省（区、市）"] };
        return
        [
            .. d.ChongqingDistricts.Select(x => new SelectListItem(x.Name, x.Code) { Group = chongqing }),
            .. d.Provinces.Where(p => p.Code != DivisionCatalog.ChongqingCode).Select(x => new SelectListItem(x.Name, x.Code) { Group = other }),
        ];
    }
}
