using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>The secure message thread with the worker (6.1.7); opening it marks the worker's messages read.</summary>
public sealed class MessagesModel(CaseQueries queries, MessageHandlers messages, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public MessageRequest Input { get; set; } = new();

    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<MessageView> Thread { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(MessageRequest), async () =>
        {
            await messages.SendAsync(id, Input, ct);
            return RedirectToPage(new { id });
        });
        if (outcome.Done is { } done)
            return done;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Case = await queries.GetAsync(id, ct);
            Thread = await messages.ListAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
