using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 消息 (6.1.7): the worker's thread with their counselor inside the case, oldest first so the newest sits above the
/// send box. Opening it marks the counselor's messages read (MessageHandlers.ListAsync). A closed case stays readable
/// but takes no new messages: nobody is guiding on it any more, so the portal sends the worker to book instead.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class MessagesModel(PortalQueries portal, MessageHandlers messages, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public MessageRequest Input { get; set; } = new();

    public PortalCase? Case { get; private set; }

    public IReadOnlyList<MessageView> Messages { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await portal.CaseAsync(ct) is not { IsClosed: false } open)
            return RedirectToPage();
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(MessageRequest), async () =>
        {
            await messages.SendAsync(open.Id, Input, ct);
            return Redirect("/Portal/Messages#latest");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Case = await portal.CaseAsync(ct);
        if (Case is not null)
            Messages = await messages.ListAsync(Case.Id, ct);
    }
}
