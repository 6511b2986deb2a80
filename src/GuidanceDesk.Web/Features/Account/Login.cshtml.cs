using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Account;

/// <summary>Password sign-in with lockout; continues to the second factor when the account has one.</summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        audit.SignIn(Input.UserName, result.Succeeded || result.RequiresTwoFactor, "web");
        if (result.Succeeded)
            return LocalRedirect(SafeReturn());
        if (result.RequiresTwoFactor)
            return RedirectToPage("LoginWith2fa", new { returnUrl = SafeReturn() });
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? "账户已被临时锁定，请15分钟后再试" : "用户名或密码不正确");
        return Page();
    }

    private string SafeReturn() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "请填写用户名")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写密码")]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";
}
