using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary>The employer form: page and API.</summary>
public sealed class EmployerForm : IValidatableObject
{
    [Required(ErrorMessage = "请填写单位名称"), StringLength(200, ErrorMessage = "单位名称不能超过200个字")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写统一社会信用代码"), CreditCode]
    public string CreditCode { get; set; } = "";

    [Required(ErrorMessage = "请选择行业门类"), RegularExpression("^[A-T]$", ErrorMessage = "行业门类不正确")]
    public string IndustryCode { get; set; } = "";

    public EnterpriseSize Size { get; set; } = EnterpriseSize.Small;

    public Ownership Ownership { get; set; } = Ownership.Private;

    [Required(ErrorMessage = "请选择所在区县"), ChongqingDistrict]
    public string DistrictCode { get; set; } = "";

    [StringLength(200, ErrorMessage = "地址不能超过200个字")]
    public string? Address { get; set; }

    public List<ContactForm> Contacts { get; set; } = [];

    /// <summary>City-level staff choose the unit when registering; ignored on update.</summary>
    public long? ServiceUnitId { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Industries.IsKnown(IndustryCode))
            yield return new ValidationResult("请选择行业门类", [nameof(IndustryCode)]);
    }

    public EmployerDetails ToDetails() => new(Name.Trim(), IndustryCode, Size, Ownership, DistrictCode,
        string.IsNullOrWhiteSpace(Address) ? null : Address.Trim());
}

public sealed class ContactForm
{
    [Required(ErrorMessage = "请填写联系人姓名"), StringLength(50)]
    public string Name { get; set; } = "";

    [StringLength(50)]
    public string? Title { get; set; }

    [ChinesePhone]
    public string? Phone { get; set; }
}

public sealed record EmployerSearch(string? CreditCode = null, string? Name = null, string? District = null, string? Industry = null,
    long? UnitId = null, int Page = 1, int PageSize = 20, string? Sort = null);

public sealed record EmployerView(long Id, long ServiceUnitId, string ServiceUnitName, string CreditCode, string Name,
    string IndustryCode, string IndustryName, EnterpriseSize Size, Ownership Ownership, string DistrictCode, string? District,
    string? Address, IReadOnlyList<ContactView> Contacts, bool IdentifiersMasked, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

public sealed record ContactView(string Name, string? Title, string? Phone);

public sealed record EmployerListItem(long Id, long ServiceUnitId, string CreditCode, string Name, string IndustryCode,
    string IndustryName, EnterpriseSize Size, string DistrictCode, string? District);
