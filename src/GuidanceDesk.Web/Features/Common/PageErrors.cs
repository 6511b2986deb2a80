using System.Globalization;
using System.Reflection;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Common;

public enum PageErrorKind { Rule, Duplicate, Stale, NotFound }

/// <summary>What a page shows above its form when a handler refused the input (beyond the message next to the field).</summary>
public sealed record PageError(PageErrorKind Kind, string Message, string? ExistingUrl = null, long? ExistingId = null);

/// <summary>
/// Turns the exceptions the handlers throw into what a form page shows: the message next to the field it names
/// (<c>Input.</c> prefix), or above the form when the field is unknown. The API maps the same exceptions to problem
/// details (ProblemMapping); pages must not lose the user's input, so they re-display the form instead.
/// </summary>
public static class PageErrors
{
    public static bool Handles(Exception e) =>
        e is DomainRuleException or ConflictException or DuplicateException or StaleWriteException or NotFoundException or DbUpdateConcurrencyException
        or ForbiddenException;

    /// <param name="prefix">The bound property the form is under ("Input", "Certificate").</param>
    /// <param name="formType">The form class; a field it does not have is reported at the top instead.</param>
    public static PageError Apply(Exception e, ModelStateDictionary state, IStringLocalizer l, string prefix, Type formType)
    {
        switch (e)
        {
            case NotFoundException:
                return new PageError(PageErrorKind.NotFound, l["记录不存在或无权查看"]);
            case DuplicateException d:
                var text = Text(l, d.Message, () => l["已有相同记录（编号 {0}）", d.ExistingId]);
                state.AddModelError(Key(d.Field, prefix, formType), text);
                return new PageError(PageErrorKind.Duplicate, text, UrlOf(d.ExistingType, d.ExistingId), d.ExistingId);
            case StaleWriteException or DbUpdateConcurrencyException:
                // Not a field error: the form is shown again with every value the user typed, and the page's notice
                // (_PageError) says to reload; adding it to the summary as well would say it twice.
                return new PageError(PageErrorKind.Stale, l["该记录已被他人修改，请刷新后重新编辑"]);
            case ConflictException c:
                state.AddModelError(Key(c.Field, prefix, formType), l[c.Message]);
                return new PageError(PageErrorKind.Rule, l[c.Message]);
            case ForbiddenException f:
                state.AddModelError("", l[f.Message]);
                return new PageError(PageErrorKind.Rule, l[f.Message]);
            case DomainRuleException r:
                var message = l[r.Message];
                state.AddModelError(Key(r.Field, prefix, formType), message);
                return new PageError(PageErrorKind.Rule, message);
            default:
                throw new ArgumentException("Not a user error", nameof(e), e);
        }
    }

    /// <summary>
    /// Validation messages come from attributes, IValidatableObject and the model binder in Chinese; the data-annotation
    /// localizer translates only the first kind, so every message goes through the resources once more here.
    /// </summary>
    public static void Localize(ModelStateDictionary state, IStringLocalizer l)
    {
        foreach (var entry in state.Values.Where(v => v.Errors.Count > 0))
        {
            var messages = entry.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "输入的值无效" : e.ErrorMessage).ToList();
            entry.Errors.Clear();
            foreach (var m in messages)
                entry.Errors.Add(l[m]);
        }
    }

    public static string? UrlOf(string entityType, long id) => entityType switch
    {
        "Worker" => "/Workers/Details/" + id.ToString(CultureInfo.InvariantCulture),
        "Employer" => "/Employers/Details/" + id.ToString(CultureInfo.InvariantCulture),
        "ServiceUnit" => "/Units/Details/" + id.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>"IdNumber" → "Input.IdNumber"; a field the form does not have (or none) → "" (a model-level error).</summary>
    internal static string Key(string? field, string prefix, Type formType)
    {
        if (string.IsNullOrWhiteSpace(field))
            return "";
        var first = field.Split('.', '[')[0];
        var property = formType.GetProperty(first, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is null ? "" : prefix + "." + property.Name + field[first.Length..];
    }

    /// <summary>
    /// Handler messages that carry data (a unit name, an ID) have no resource entry; outside Chinese a generic
    /// translated text replaces them rather than showing Chinese to an English reader.
    /// </summary>
    private static string Text(IStringLocalizer l, string message, Func<string> fallback)
    {
        var localized = l[message];
        return localized.ResourceNotFound && !CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal)
            ? fallback() : localized.Value;
    }
}
