using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// One group session (7.1.2): the materials deadline and why it falls where it does, the materials (upload, send now,
/// ready for the deadline morning), the participants with when the materials reached each, attendance and marking held
/// (with a manager's reason when the materials went late), and the recording (7.2.2d). Each step is its own small form;
/// a refusal shows next to it and the page keeps what was typed.
/// </summary>
[RequestSizeLimit(2L * 1024 * 1024 * 1024 + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2L * 1024 * 1024 * 1024 + 1024 * 1024)]
public sealed class DetailsModel(GroupSessionQueries queries, GroupSessionSteps steps, RecordingHandlers recordings,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public SessionReasonRequest Reason { get; set; } = new();
    [BindProperty] public SessionReasonRequest Cancel { get; set; } = new();
    [BindProperty] public MarkHeldRequest Held { get; set; } = new();

    /// <summary>The name typed in the add-a-participant search (GET ?q=).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public GroupSessionView Session { get; private set; } = null!;

    public IReadOnlyList<(long Id, string Name, int BirthYear)> Candidates { get; private set; } = [];

    public PageError? Error { get; private set; }

    /// <summary>The form that was refused, so that its card shows the message.</summary>
    public string? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Held.AttendedWorkerIds = [.. Session.Participants.Select(p => p.WorkerId)];
        return Page();
    }

    public Task<IActionResult> OnPostUploadAsync(long id, string? title, IFormFile? file, CancellationToken ct) =>
        RunAsync(id, "Upload", async () =>
        {
            if (file is null || file.Length == 0)
                throw new Domain.DomainRuleException("请选择要上传的文件", "file");
            await using var stream = file.OpenReadStream();
            await steps.Materials.UploadAsync(id, title, stream, file.FileName, ct);
            return "宣讲材料已上传";
        }, ct);

    public Task<IActionResult> OnPostRemoveMaterialAsync(long id, int line, CancellationToken ct) =>
        RunAsync(id, "Upload", async () => { await steps.Materials.RemoveAsync(id, line, ct); return "材料已删除"; }, ct);

    public Task<IActionResult> OnPostReadyAsync(long id, int version, CancellationToken ct) =>
        RunAsync(id, "Send", async () => { await steps.Materials.ReadyAsync(id, version, ct); return "已定稿，将于发送期限当天上午自动发送"; }, ct);

    public Task<IActionResult> OnPostSendAsync(long id, int version, CancellationToken ct) =>
        RunAsync(id, "Send", async () =>
        {
            var count = await steps.Materials.SendAsync(id, version, ct);
            return l["宣讲材料已发送给 {0} 名参加者（网上服务大厅和短信）", count].Value;
        }, ct);

    public Task<IActionResult> OnPostAddAsync(long id, long workerId, bool recordingConsent, CancellationToken ct) =>
        RunAsync(id, "Participants", async () =>
        {
            await steps.Sessions.AddParticipantAsync(id, new AddParticipantRequest { WorkerId = workerId, RecordingConsent = recordingConsent }, ct);
            return "已添加参加者";
        }, ct);

    public Task<IActionResult> OnPostRemoveAsync(long id, long workerId, CancellationToken ct) =>
        RunAsync(id, "Participants", async () => { await steps.Sessions.RemoveParticipantAsync(id, workerId, null, ct); return "已移除参加者"; }, ct);

    public Task<IActionResult> OnPostConsentAsync(long id, long workerId, CancellationToken ct) =>
        RunAsync(id, "Participants", async () =>
        {
            await steps.Sessions.RecordingConsentAsync(id, workerId, new RecordingConsentRequest { Consent = true }, ct);
            return "已记录录音录像同意";
        }, ct);

    public Task<IActionResult> OnPostLateReasonAsync(long id, CancellationToken ct) =>
        RunForm(id, nameof(Reason), typeof(SessionReasonRequest), async () => { await steps.Attendance.LateReasonAsync(id, Reason, ct); return "已记录逾期原因"; }, ct);

    public Task<IActionResult> OnPostHeldAsync(long id, CancellationToken ct) =>
        RunForm(id, nameof(Held), typeof(MarkHeldRequest), async () =>
        {
            var records = await steps.Attendance.MarkHeldAsync(id, Held, ct);
            return l["活动已标记为已举办，已为 {0} 名出席者写入指导记录", records].Value;
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) =>
        RunForm(id, nameof(Cancel), typeof(SessionReasonRequest), async () => { await steps.Sessions.CancelAsync(id, Cancel, ct); return "活动已取消，已短信通知参加者"; }, ct);

    public Task<IActionResult> OnPostRecordingAsync(long id, IFormFile? file, CancellationToken ct) =>
        RunAsync(id, "Recording", async () =>
        {
            if (file is null || file.Length == 0)
                throw new Domain.DomainRuleException("请选择要上传的文件", "file");
            await using var stream = file.OpenReadStream();
            var (filed, leftOut) = await recordings.UploadAsync(id, stream, file.FileName, ct);
            return l["录音录像已归档到 {0} 名出席者的档案；{1} 名未归档（原因见名单）", filed, leftOut].Value;
        }, ct);

    private async Task<IActionResult> RunForm(long id, string prefix, Type form, Func<Task<string>> step, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () => Done(id, await step()));
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        Failed = prefix;
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>Steps without a bound form (buttons, uploads): a refusal goes to the card named <paramref name="card"/>.</summary>
    private async Task<IActionResult> RunAsync(long id, string card, Func<Task<string>> step, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            return Done(id, await step());
        }
        catch (InvalidContentException e)
        {
            ModelState.AddModelError(card, l[e.Message]);
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            Error = PageErrors.Apply(e, ModelState, l, card, typeof(object));
            if (Error.Kind == PageErrorKind.NotFound)
                return NotFound();
            ModelState.Clear();
            ModelState.AddModelError(card, Error.Message);
        }
        Failed = card;
        await LoadAsync(id, ct);
        return Page();
    }

    private RedirectResult Done(long id, string message)
    {
        TempData["Message"] = l[message].Value;
        return Redirect($"/GroupSessions/Details/{id}");
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        Session = await queries.GetAsync(id, ct);
        if (Session.Can.ManageParticipants && !string.IsNullOrWhiteSpace(Q))
            Candidates = await queries.CandidatesAsync(id, Q, ct);
    }
}
