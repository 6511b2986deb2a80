using System.Globalization;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace GuidanceDesk.Web.Features.Account;

/// <summary>TOTP two-factor set-up for any signed-in user (required for Admin and Head unless exempt).</summary>
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrCodePng { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(bool required = false)
    {
        Required = required;
        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var clean = (code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean))
        {
            ModelState.AddModelError(string.Empty, "验证码不正确，请确认手机时间准确后重试");
            return await LoadAsync();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        // Sign in again so that the session carries the second factor (amr=mfa) the two-factor gate looks for.
        await signIn.SignOutAsync();
        TempData["Message"] = "两步验证已启用，请重新登录";
        return RedirectToPage("Login");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<IActionResult> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
            return Page();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(' ', Enumerable.Range(0, (key!.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString("GuidanceDesk"), Uri.EscapeDataString(user.UserName!), key);
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodePng = Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(5));
        return Page();
    }
}
