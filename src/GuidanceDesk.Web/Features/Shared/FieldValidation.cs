using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Shared;

/// <summary>GB 11643 resident ID: checksum, real birth date, 18 characters (lower-case x accepted).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ResidentIdAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success; // [Required] says whether it must be there.
        var today = context.GetService<AgencyClock>()?.Today ?? DateOnly.FromDateTime(DateTime.Today);
        var check = ResidentIdNumber.Check(s, today);
        return check.IsValid ? ValidationResult.Success : new ValidationResult(ResidentIdNumber.Describe(check.Error!.Value), Member(context));
    }

    internal static string[] Member(ValidationContext context) => context.MemberName is { } m ? [m] : [];
}

/// <summary>GB 32100 unified social credit code.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CreditCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        var check = UnifiedSocialCreditCode.Check(s);
        return check.IsValid ? ValidationResult.Success : new ValidationResult(UnifiedSocialCreditCode.Describe(check.Error!.Value), ResidentIdAttribute.Member(context));
    }
}

/// <summary>A mobile or landline number.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ChinesePhoneAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        var check = PhoneNumber.Check(s);
        return check.IsValid ? ValidationResult.Success : new ValidationResult(check.Error ?? "电话号码格式不正确", ResidentIdAttribute.Member(context));
    }
}

/// <summary>One of Chongqing's 38 districts and counties.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ChongqingDistrictAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        var divisions = context.GetService<DivisionCatalog>();
        return divisions?.FindDistrict(s) is not null ? ValidationResult.Success
            : new ValidationResult("请选择重庆市的区县", ResidentIdAttribute.Member(context));
    }
}

/// <summary>A 2022 occupation code (职业分类大典).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OccupationCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s))
            return ValidationResult.Success;
        return context.GetService<OccupationCatalog>()?.Find(s) is not null ? ValidationResult.Success
            : new ValidationResult("职业代码不存在（请按《职业分类大典》2022年版选择）", ResidentIdAttribute.Member(context));
    }
}
