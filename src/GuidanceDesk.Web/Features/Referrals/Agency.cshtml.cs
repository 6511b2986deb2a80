using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>Adds or edits an outside agency of the registry; an agency is retired (停用), never deleted.</summary>
[Authorize(Policy = Policies.AgencyManage)]
public sealed class AgencyModel(AgencyHandlers agencies, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AgencyRequest Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public bool IsActive { get; private set; } = true;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var a = await agencies.GetAsync(id, ct);
            Input = new AgencyRequest
            {
                Name = a.Name, Kind = a.Kind, DistrictCode = a.DistrictCode, Address = a.Address, ContactPerson = a.ContactPerson,
                Phone = a.Phone, Email = a.Email, OpeningHours = a.OpeningHours, Services = a.Services, Version = a.Version,
            };
            IsActive = a.IsActive;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(AgencyRequest), async () =>
        {
            if (Id is { } id)
                await agencies.UpdateAsync(id, Input, ct);
            else
                await agencies.CreateAsync(Input, ct);
            TempData["Message"] = l["机构信息已保存"].Value;
            return Redirect("/Referrals/Agencies");
        });
        Error = outcome.Error;
        return outcome.Done ?? Page();
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken ct)
    {
        await agencies.SetActiveAsync(Id ?? 0, active, ct);
        TempData["Message"] = l[active ? "机构已启用" : "机构已停用"].Value;
        return Redirect("/Referrals/Agencies");
    }
}
