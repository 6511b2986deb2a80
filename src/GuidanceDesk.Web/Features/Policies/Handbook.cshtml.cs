using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// Composing a handbook (7.1.1): its details, sections (add, edit, move up and down, remove) and publication. Staff
/// read it; keepers change it. Publishing copies the working copy to the public pages and the hall's screen.
/// </summary>
public sealed class HandbookModel(HandbookQueries handbooks, HandbookHandlers handlers, PolicyQueries policies, PolicyAccess access,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public HandbookRequest Input { get; set; } = new();

    [BindProperty]
    public SectionRequest Section { get; set; } = new();

    [BindProperty]
    public SectionRequest Edit { get; set; } = new();

    public HandbookView Handbook { get; private set; } = null!;

    public IReadOnlyList<PolicyChoice> Choices { get; private set; } = [];

    public bool CanManage => access.IsKeeper;

    public PageError? Error { get; private set; }

    public SectionFields NewFields => new(nameof(Section), Section.Heading, Section.Body, Section.DocumentIds, Choices);

    public SectionFields FieldsFor(SectionView s) => new(nameof(Edit) + s.Line, s.Heading, s.Body, s.DocumentIds, Choices, nameof(Edit));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        Input = new HandbookRequest { Title = Handbook.Title, Audience = Handbook.Audience, Intro = Handbook.Intro, Version = Handbook.Version };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAsync(nameof(Input), typeof(HandbookRequest), () => handlers.UpdateAsync(Id, Input, ct), "读本信息已保存", ct);

    public Task<IActionResult> OnPostAddSectionAsync(CancellationToken ct) =>
        RunAsync(nameof(Section), typeof(SectionRequest), () => handlers.AddSectionAsync(Id, Section, ct), "已添加一节", ct);

    public Task<IActionResult> OnPostEditSectionAsync(int line, CancellationToken ct) =>
        RunAsync(nameof(Edit), typeof(SectionRequest), () => handlers.UpdateSectionAsync(Id, line, Edit, ct), "已保存该节", ct);

    public Task<IActionResult> OnPostRemoveSectionAsync(int line, int version, CancellationToken ct) =>
        RunAsync("-", typeof(object), () => handlers.RemoveSectionAsync(Id, line, version, ct), "已删除该节", ct);

    public Task<IActionResult> OnPostMoveAsync(int line, int by, int version, CancellationToken ct) =>
        RunAsync("-", typeof(object), () => handlers.MoveAsync(Id, line, Math.Sign(by), version, ct), "已调整顺序", ct);

    public Task<IActionResult> OnPostPublishAsync(int version, CancellationToken ct) =>
        RunAsync("-", typeof(object), () => handlers.PublishAsync(Id, version, ct), "读本已发布，公众页面和大厅屏幕已更新", ct);

    public Task<IActionResult> OnPostWithdrawAsync(int version, CancellationToken ct) =>
        RunAsync("-", typeof(object), () => handlers.WithdrawAsync(Id, version, ct), "读本已从公众页面撤下", ct);

    public async Task<IActionResult> OnPostDeleteAsync(int version, CancellationToken ct)
    {
        var result = await RunAsync("-", typeof(object), () => handlers.DeleteAsync(Id, version, ct), "读本已删除", ct);
        return result is RedirectResult ? Redirect("/Policies/Handbooks") : result;
    }

    /// <summary>Runs the one form posted; on a refusal the page is shown again with the reason and the user's input.</summary>
    private async Task<IActionResult> RunAsync(string prefix, Type formType, Func<Task> change, string done, CancellationToken ct)
    {
        if (!CanManage)
            return Forbid();
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, formType, async () =>
        {
            await change();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Policies/Handbook?id={Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        if (!await LoadAsync(ct))
            return NotFound();
        if (prefix != nameof(Input))
            Input = new HandbookRequest { Title = Handbook.Title, Audience = Handbook.Audience, Intro = Handbook.Intro, Version = Handbook.Version };
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Handbook = await handbooks.GetAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Choices = await policies.ChoicesAsync(true, ct);
        return true;
    }
}
