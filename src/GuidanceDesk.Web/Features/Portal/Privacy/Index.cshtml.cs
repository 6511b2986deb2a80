using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Privacy;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 我的数据 (4.6.2b; PIPL arts. 44–47): every kind of data held about the worker with how much of it, the download of all
/// of it as one JSON file, their correction and deletion requests and how far they are, their consents (withdrawn here,
/// which stops what they allowed) and the latest reads of their record by staff. Reading and downloading are audited.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class PrivacyIndexModel(MyDataExport export, ConsentChoices consents, AccessLog access,
    TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindNever] public MyDataDocument? Data { get; private set; }
    [BindNever] public IReadOnlyList<DataRequestView> Requests { get; private set; } = [];
    [BindNever] public IReadOnlyList<ConsentChoice> Consents { get; private set; } = [];
    [BindNever] public IReadOnlyList<PortalAccessEntry> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Data = await export.ViewAsync(ct);
        }
        catch (NotFoundException)
        {
            return Page(); // an account whose record is gone: the page says it is not linked
        }
        Requests = Data.Categories.First(c => c.Key == "requests").Items.Cast<DataRequestView>().ToList();
        Consents = await consents.MineAsync(ct);
        Recent = (await access.MineAsync(1, 5, ct)).Items;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var bytes = await export.ExportAsync(ct);
        var day = DateOnly.FromDateTime(Infrastructure.AgencyClock.ToLocal(time.GetUtcNow()).DateTime);
        return File(bytes, "application/json; charset=utf-8", $"my-data-{Fmt.Date(day)}.json");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long consentId, CancellationToken ct)
    {
        try
        {
            await consents.WithdrawAsync(consentId, ct);
            TempData["Message"] = l["已撤回该授权，相关处理已停止"].Value;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Domain.DomainRuleException e)
        {
            TempData["Error"] = l[e.Message].Value;
        }
        return Redirect("/Portal/Privacy#consents");
    }

    /// <summary>A proposed or current value as the worker reads it (education and employment status by their names).</summary>
    public string Shown(Domain.CorrectionField? field, string? value) => PrivacyPages.Shown(l, field, value);
}
