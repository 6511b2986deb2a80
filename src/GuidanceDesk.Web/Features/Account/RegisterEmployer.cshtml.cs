using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Employers;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Account;

/// <summary>用人单位注册: an employer registers and is signed in to the portal, where it can post vacancies.</summary>
public sealed class RegisterEmployerModel(EmployerSignUp signUp, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l)
    : PageModel, IEmployerFormPage
{
    [BindProperty]
    public EmployerForm Input { get; set; } = new() { Contacts = [new ContactForm()] };

    [BindProperty]
    public SignUpAccount Account { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units => [];

    public bool IsEdit => false;

    public PageError? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        FormRows.DropBlank(Input.Contacts, "Input.Contacts", ModelState, Request.Form);
        if (ModelState.IsValid)
        {
            try
            {
                await signUp.RegisterAsync(Input, Account, ct);
                await signIn.PasswordSignInAsync(Account.UserName.Trim(), Account.Password, isPersistent: false, lockoutOnFailure: false);
                TempData["Message"] = l["注册成功，欢迎使用。现在可以发布岗位了。"].Value;
                return Redirect("/Portal/Employer/Vacancies");
            }
            catch (DomainRuleException e) when (e.Field is nameof(SignUpAccount.UserName) or nameof(SignUpAccount.Password))
            {
                ModelState.AddModelError("Account." + e.Field, l[e.Message]);
            }
            catch (Exception e) when (PageErrors.Handles(e))
            {
                Error = PageErrors.Apply(e, ModelState, l, "Input", typeof(EmployerForm));
            }
        }
        PageErrors.Localize(ModelState, l);
        if (Input.Contacts.Count == 0)
            Input.Contacts.Add(new ContactForm());
        return Page();
    }
}
