using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// A document of the library: its current content (or an earlier version, <c>?v=</c>), attachments, version history,
/// and what keepers do with it — publish, review, attach, repeal, mark superseded. Counselors record it as a policy
/// consultation on a case from here (5.1a).
/// </summary>
[RequestSizeLimit(64L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
public sealed class DetailsModel(PolicyQueries policies, PolicyHandlers handlers, PolicyFiles files, PolicyAccess access, PolicyCalendar calendar,
    CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>An earlier version to show instead of the current one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? V { get; set; }

    [BindProperty]
    public PolicyEndRequest End { get; set; } = new();

    public PolicyDocumentView Document { get; private set; } = null!;

    public PolicyVersionView? Shown { get; private set; }

    public IReadOnlyList<PolicyChoice> Replacements { get; private set; } = [];

    public List<SelectListItem> ReplacementItems =>
        [.. Replacements.Select(c => new SelectListItem(c.DocumentNumber is null ? c.Title : $"{c.Title}（{c.DocumentNumber}）", Fmt.Id(c.Id)))];

    public int ReviewMonths => calendar.ReviewMonths;

    public PageError? Error { get; private set; }

    public bool CanManage => access.IsKeeper;

    public bool CanConsult => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public DateOnly Today => calendar.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int version, CancellationToken ct) =>
        RunAsync(() => handlers.PublishAsync(Id, version, ct), "文件已发布", ct);

    public Task<IActionResult> OnPostReviewAsync(int version, DateOnly? nextReviewDue, CancellationToken ct) =>
        RunAsync(() => handlers.ReviewAsync(Id, new PolicyReviewRequest { NextReviewDue = nextReviewDue, Version = version }, ct), "已记录复核，文件仍现行有效", ct);

    public Task<IActionResult> OnPostRepealAsync(CancellationToken ct) => RunAsync(() => handlers.RepealAsync(Id, End, ct), "文件已标记为废止", ct);

    public Task<IActionResult> OnPostSupersedeAsync(CancellationToken ct) =>
        RunAsync(() => handlers.SupersedeAsync(Id, End, ct), "文件已标记为被替代", ct);

    public async Task<IActionResult> OnPostAttachAsync(int version, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["请选择要上传的文件"]);
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        try
        {
            await using var stream = file.OpenReadStream();
            await files.AttachAsync(Id, version, stream, file.FileName, ct);
            TempData["Message"] = l["附件已上传：{0}", file.FileName].Value;
            return Redirect($"/Policies/Details/{Id}");
        }
        catch (InvalidContentException e)
        {
            ModelState.AddModelError("file", l[e.Message]);
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            Error = PageErrors.Apply(e, ModelState, l, "file", typeof(object));
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>Runs a command of the page; on a refusal the page is shown again with the reason.</summary>
    private async Task<IActionResult> RunAsync(Func<Task> command, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(End));
        var outcome = await FormSubmission.RunAsync(this, l, nameof(End), typeof(PolicyEndRequest), async () =>
        {
            await command();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Policies/Details/{Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Document = await policies.GetAsync(Id, ct);
            Shown = V is { } v && v != Document.CurrentNumber ? await policies.VersionAsync(Id, v, ct) : null;
        }
        catch (NotFoundException)
        {
            return false;
        }
        if (CanManage && Document.Status == Domain.PolicyStatus.Published)
            Replacements = [.. (await policies.ChoicesAsync(false, ct)).Where(c => c.Id != Id)];
        return true;
    }
}
