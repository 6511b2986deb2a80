using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// Taking an inventory (7.1.6): every item is rendered as a fieldset of radio buttons, so the page works without script
/// and with a keyboard. wwwroot/js/assessment-take.js saves each answer as it is given (PUT /api/v1/assessments/{id}/answers)
/// and shows one item per screen on a phone, twelve per page on a desktop. Without script the posted form is saved
/// here: "保存，稍后继续" keeps the answers, "提交" keeps them and completes the inventory (scored once).
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class TakeAssessmentModel(AssessmentQueries queries, AnswerHandlers answers, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Items per page on a desktop (the script's paging; the server always renders all of them).</summary>
    public const int PageSize = 12;

    /// <summary>
    /// Item index → chosen value, as the radio buttons post them (<c>Answers[7]=4</c>). Read from the form by hand: with
    /// nothing checked the model binder would fall back to binding every form field as an answer.
    /// </summary>
    public Dictionary<int, int> Answers { get; private set; } = [];

    public TakeView Take { get; private set; } = null!;

    public PageError? Error { get; private set; }

    /// <summary>After a refused submit: the first item still unanswered (focused, and where the script starts).</summary>
    public int? FirstMissing { get; private set; }

    public bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    public bool Open => Take.Status is AssessmentStatus.NotStarted or AssessmentStatus.InProgress;

    /// <summary>The value shown as chosen: what was just posted (a refused submit keeps it), else what is saved.</summary>
    public int? Chosen(int index) => Answers.TryGetValue(index, out var v) ? v : Take.Answers[index];

    public int AnsweredShown => Enumerable.Range(0, Take.Items.Count).Count(i => Chosen(i) is not null);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Without script: keeps the answers chosen so far; the worker comes back later and goes on where they stopped.</summary>
    public Task<IActionResult> OnPostSaveAsync(long id, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            await SavePostedAsync(id, ct);
            TempData["Message"] = l["您的答案已保存，下次可以接着答"].Value;
            return Redirect("/Portal/Assessments");
        }, ct);

    /// <summary>Saves what the form carries (the script may have saved it already), then submits; 422 if any item is unanswered.</summary>
    public Task<IActionResult> OnPostCompleteAsync(long id, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            await SavePostedAsync(id, ct);
            await answers.CompleteAsync(id, ct);
            TempData["Message"] = l["测评已完成，职业指导人员会与您沟通结果"].Value;
            return Redirect("/Portal/Assessments");
        }, ct);

    /// <summary>Each posted answer that differs from the saved one, one at a time as the API saves them.</summary>
    private async Task SavePostedAsync(long id, CancellationToken ct)
    {
        var saved = await queries.TakeAsync(id, ct);
        foreach (var (item, value) in Answers.OrderBy(a => a.Key))
        {
            if (item < 0 || item >= saved.Answers.Count || saved.Answers[item] == value)
                continue;
            await answers.SaveAnswerAsync(id, new AnswerRequest { Item = item, Value = value, AtHall = saved.OnSite }, ct);
        }
    }

    private async Task<IActionResult> RunAsync(long id, Func<Task<IActionResult>> save, CancellationToken ct)
    {
        Answers = Posted(Request.Form);
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(AnswerRequest), save);
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        if (!await LoadAsync(id, ct))
            return NotFound();
        var missing = Enumerable.Range(0, Take.Items.Count).FirstOrDefault(i => Chosen(i) is null, -1);
        FirstMissing = missing < 0 ? null : missing;
        return Page();
    }

    private static Dictionary<int, int> Posted(IFormCollection form)
    {
        var posted = new Dictionary<int, int>();
        foreach (var (key, values) in form)
        {
            if (key.StartsWith("Answers[", StringComparison.Ordinal) && key.EndsWith(']')
                && int.TryParse(key.AsSpan(8, key.Length - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var item)
                && int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                posted[item] = value;
        }
        return posted;
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Take = await queries.TakeAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
