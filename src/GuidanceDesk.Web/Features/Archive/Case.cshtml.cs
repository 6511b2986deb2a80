using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>
/// A case's archive (7.2.2): the completeness of its seven kinds, every item with its versions (each download checked
/// against its SHA-256), uploads of what the worker handed in, new versions, integrity checks and refiling.
/// </summary>
[RequestSizeLimit(2L * 1024 * 1024 * 1024 + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2L * 1024 * 1024 * 1024 + 1024 * 1024)]
public sealed class CaseModel(ArchiveQueries queries, ArchiveHandlers handlers, ArchiveKeeping keeping, ArchiveFiling filing,
    ArchiveAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    public CaseArchiveView Archive { get; private set; } = null!;

    public bool IsCustodian => access.IsCustodian;

    [BindProperty]
    public UploadForm Upload { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>The result of an integrity check, per version: shown once after the check.</summary>
    public IReadOnlyList<IntegrityResult>? Checked { get; private set; }

    public async Task OnGetAsync(long caseId, CancellationToken ct) => Archive = await queries.CaseAsync(caseId, ct);

    public async Task<IActionResult> OnPostUploadAsync(long caseId, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            ModelState.AddModelError("file", l["请选择要上传的文件"]);
        if (ModelState.IsValid)
        {
            return await TryAsync(caseId, async () =>
            {
                await using var stream = file!.OpenReadStream();
                await handlers.UploadAsync(caseId, Upload.Kind, Upload.Title, Upload.Note, stream, file.FileName, ct);
                Message = l["已上传并归档：{0}", Upload.Title ?? ""];
            }, ct);
        }

        await OnGetAsync(caseId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVersionAsync(long caseId, long itemId, int version, IFormFile? file, string? note, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["请选择要上传的文件"]);
            await OnGetAsync(caseId, ct);
            return Page();
        }

        return await TryAsync(caseId, async () =>
        {
            await using var stream = file.OpenReadStream();
            var n = await handlers.AddVersionAsync(itemId, version, note, stream, file.FileName, ct);
            Message = l["已添加第 {0} 版", n];
        }, ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(long caseId, long itemId, CancellationToken ct)
    {
        Checked = await keeping.VerifyAsync(itemId, ct);
        await OnGetAsync(caseId, ct);
        return Page();
    }

    public Task<IActionResult> OnPostRefileAsync(long caseId, CancellationToken ct) => TryAsync(caseId, async () =>
    {
        await access.CaseAsync(caseId, ct);
        Message = l["已补充归档 {0} 份系统生成的表单", await filing.FileCaseAsync(caseId, ct)];
    }, ct);

    private async Task<IActionResult> TryAsync(long caseId, Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
            return RedirectToPage(new { caseId });
        }
        catch (InvalidContentException e)
        {
            ModelState.AddModelError("file", l[e.Message]);
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            PageErrors.Apply(e, ModelState, l, "Upload", typeof(UploadForm));
        }

        await OnGetAsync(caseId, ct);
        return Page();
    }

    public sealed class UploadForm
    {
        public ArchiveKind Kind { get; set; } = ArchiveKind.PersonalMaterial;

        [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "请填写资料名称")]
        [System.ComponentModel.DataAnnotations.StringLength(ArchiveItem.MaxTitleLength, ErrorMessage = "不超过200字")]
        public string? Title { get; set; }

        [System.ComponentModel.DataAnnotations.StringLength(500, ErrorMessage = "不超过500字")]
        public string? Note { get; set; }
    }
}
