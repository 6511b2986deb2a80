using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>Forms offer a blank row to add one more item (experience, contact); a row left blank is simply not there.</summary>
public static class FormRows
{
    /// <summary>Removes the rows whose posted fields are all blank, and the binder's complaints about them.</summary>
    public static void DropBlank<T>(List<T> rows, string prefix, ModelStateDictionary state, IFormCollection posted)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            var rowPrefix = $"{prefix}[{i}].";
            var blank = posted.Where(p => p.Key.StartsWith(rowPrefix, StringComparison.Ordinal)).All(p => string.IsNullOrWhiteSpace(p.Value));
            if (!blank)
                continue;
            rows.RemoveAt(i);
            foreach (var key in state.Keys.Where(k => k.StartsWith(rowPrefix, StringComparison.Ordinal)).ToList())
                state.Remove(key);
        }
    }

    /// <summary>
    /// A page with several forms binds all of them on every post; the form that was not submitted is empty and
    /// "invalid". Forget its entries so that only the submitted form decides. A top-level form with nothing posted
    /// under its prefix is bound from the empty prefix instead, so its errors sit under bare property names too.
    /// </summary>
    public static void Forget(ModelStateDictionary state, string prefix, Type formType)
    {
        var names = formType.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in state.Keys.Where(k => k.StartsWith(prefix + ".", StringComparison.Ordinal)
            || names.Contains(k.Split('.', '[')[0])).ToList())
            state.Remove(key);
    }
}
