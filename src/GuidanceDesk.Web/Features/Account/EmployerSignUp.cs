using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Employers;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Account;

/// <summary>The account half of an employer's self-registration in the portal.</summary>
public sealed class SignUpAccount : IValidatableObject
{
    [Required(ErrorMessage = "请填写用户名"), StringLength(50, MinimumLength = 4, ErrorMessage = "用户名应为4到50个字符"),
     RegularExpression("^[A-Za-z0-9_.@-]+$", ErrorMessage = "用户名只能包含字母、数字和 _ . @ -")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请设置密码")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "请再次输入密码")]
    public string ConfirmPassword { get; set; } = "";

    public bool AgreeToTerms { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Password != ConfirmPassword)
            yield return new ValidationResult("两次输入的密码不一致", [nameof(ConfirmPassword)]);
        if (!AgreeToTerms)
            yield return new ValidationResult("请阅读并同意服务协议和个人信息处理规则", [nameof(AgreeToTerms)]);
    }
}

/// <summary>
/// An employer registers itself (credit code checked, GB 32100) and gets a portal account, in one transaction. The
/// record goes to the service unit of its district. A credit code already registered is not handed to whoever types
/// it: the agency opens the account for the employer it knows (409 with a way forward).
/// </summary>
public sealed class EmployerSignUp(AppDbContext db, UserManager<AppUser> users, PersonalDataProtector protector, AuditLog audit,
    TimeProvider time)
{
    public async Task<long> RegisterAsync(EmployerForm form, SignUpAccount account, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Check(form.CreditCode).Normalized!;
        if (await db.Employers.AnyAsync(e => e.CreditCode == code, ct))
            throw new ConflictException("该单位已在平台登记。请持营业执照联系所在区县公共就业服务机构开通账户。", nameof(form.CreditCode));
        var unitId = await db.ServiceUnits.Where(u => u.DistrictCode == form.DistrictCode).OrderBy(u => u.Id).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct)
            ?? await db.ServiceUnits.OrderBy(u => u.Id).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("平台尚未设立服务单位，请稍后再试", nameof(form.DistrictCode));
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var employer = new Employer(unitId, code, now);
        employer.Update(form.ToDetails(), [.. form.Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Name)).Select(c => new EmployerContact(c.Name.Trim(),
            string.IsNullOrWhiteSpace(c.Title) ? null : c.Title.Trim(),
            PhoneNumber.Check(c.Phone) is { IsValid: true, Normalized: { } n } ? protector.Protect(n) : null))], now);
        db.Employers.Add(employer);
        await db.SaveChangesAsync(ct);
        var user = new AppUser { UserName = account.UserName.Trim(), DisplayName = employer.Name, EmployerId = employer.Id };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
            throw Refusal(created);
        await users.AddToRoleAsync(user, Roles.Employer);
        employer.LinkUser(user.Id);
        audit.Changed(db, AuditAction.Create, EmployerHandlers.EntityType, employer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            unitId, "all; self-registration");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return employer.Id;
    }

    /// <summary>Identity's refusals, in Chinese and on the field they concern.</summary>
    private static DomainRuleException Refusal(IdentityResult result)
    {
        var error = result.Errors.First();
        return error.Code switch
        {
            "DuplicateUserName" => new DomainRuleException("该用户名已被使用，请换一个", nameof(SignUpAccount.UserName)),
            "InvalidUserName" => new DomainRuleException("用户名只能包含字母、数字和 _ . @ -", nameof(SignUpAccount.UserName)),
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) =>
                new DomainRuleException("密码至少10位，须包含大写字母、小写字母和数字", nameof(SignUpAccount.Password)),
            _ => new DomainRuleException("账户创建失败，请检查后重试", nameof(SignUpAccount.UserName)),
        };
    }
}
