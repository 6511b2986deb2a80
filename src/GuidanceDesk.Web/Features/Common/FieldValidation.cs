using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>GB 11643 resident ID: checksum, real birth date, 18 characters (lower-case x accepted).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ResidentIdAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success; // [Required] says whether it must be there.
        // A birth date in the future is refused; without the clock (no services) only a date after the year 9999 is.
        var today = validationContext.GetService<AgencyClock>()?.Today ?? DateOnly.MaxValue;
        var check = ResidentIdNumber.Check(s, today);
        return check.IsValid ? ValidationResult.Success : new ValidationResult(ResidentIdNumber.Describe(check.Error!.Value), Member(validationContext));
    }

    internal static string[] Member(ValidationContext context) => context.MemberName is { } m ? [m] : [];
}

/// <summary>GB 32100 unified social credit code.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CreditCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        var check = UnifiedSocialCreditCode.Check(s);
        return check.IsValid ? ValidationResult.Success : new ValidationResult(UnifiedSocialCreditCode.Describe(check.Error!.Value), ResidentIdAttribute.Member(validationContext));
    }
}

/// <summary>A mobile or landline number.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ChinesePhoneAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        var check = PhoneNumber.Check(s);
        return check.IsValid ? ValidationResult.Success : new ValidationResult(check.Error ?? "电话号码格式不正确", ResidentIdAttribute.Member(validationContext));
    }
}

/// <summary>One of Chongqing's 38 districts and counties.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ChongqingDistrictAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        var divisions = validationContext.GetService<DivisionCatalog>();
        return divisions?.FindDistrict(s) is not null ? ValidationResult.Success
            : new ValidationResult("请选择重庆市的区县", ResidentIdAttribute.Member(validationContext));
    }
}

/// <summary>Each text of a list at most <see cref="Max"/> characters (how many items a list may have is another matter).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemsLengthAttribute(int max) : ValidationAttribute
{
    public int Max { get; } = max;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is IEnumerable<string?> items && items.Any(i => i?.Length > Max)
            ? new ValidationResult(ErrorMessage ?? $"每项不超过{Max}个字", ResidentIdAttribute.Member(validationContext))
            : ValidationResult.Success;
}

/// <summary>A 2022 occupation code (职业分类大典).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OccupationCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        return validationContext.GetService<OccupationCatalog>()?.Find(s) is not null ? ValidationResult.Success
            : new ValidationResult("职业代码不存在（请按《职业分类大典》2022年版选择）", ResidentIdAttribute.Member(validationContext));
    }
}
