using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.GroupSessions;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 团体指导 in the worker's portal (7.1.2): the upcoming sessions of their service unit to sign up for (with or without
/// agreeing to be recorded), their own sessions with the materials once sent, and cancelling before the start.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class GroupSessionsModel(PortalSessions sessions, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<PortalSessionView> Sessions { get; private set; } = [];

    public PageError? Error { get; private set; }

    public long? FailedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Sessions = await sessions.ListAsync(ct);

    public Task<IActionResult> OnPostSignUpAsync(long sessionId, bool recordingConsent, CancellationToken ct) =>
        RunAsync(sessionId, async () =>
        {
            await sessions.SignUpAsync(sessionId, new SignUpRequest { RecordingConsent = recordingConsent }, ct);
            return "报名成功。宣讲材料发送后，您会在这里看到并收到短信提醒";
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(long sessionId, CancellationToken ct) =>
        RunAsync(sessionId, async () =>
        {
            await sessions.CancelAsync(sessionId, ct);
            return "已取消报名";
        }, ct);

    public async Task<IActionResult> OnGetMaterialAsync(long sessionId, int line, CancellationToken ct)
    {
        var (content, file) = await sessions.OpenMaterialAsync(sessionId, line, ct);
        return File(content, Domain.FileTypes.ContentType(file.Type), file.FileName);
    }

    private async Task<IActionResult> RunAsync(long id, Func<Task<string>> step, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, "", typeof(object), async () =>
        {
            TempData["Message"] = l[await step()].Value;
            return Redirect($"/Portal/GroupSessions#session-{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        FailedId = id;
        Sessions = await sessions.ListAsync(ct);
        return Page();
    }
}
