using System.Text;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>Builds GET links for list pages (filters, sort, page) so that a result page can be bookmarked or shared.</summary>
public static class Query
{
    public static string Link(string path, params (string Key, string? Value)[] items)
    {
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var (key, value) in items)
        {
            if (string.IsNullOrEmpty(value))
                continue;
            sb.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return sb.ToString();
    }

    /// <summary>The next sort for a column header: ascending first, then descending.</summary>
    public static string Toggle(string? current, string field) =>
        string.Equals(current, field, StringComparison.OrdinalIgnoreCase) ? "-" + field : field;

    /// <summary>aria-sort value of a column header, or null when the list is not sorted by it.</summary>
    public static string? AriaSort(string? current, string field) =>
        string.Equals(current, field, StringComparison.OrdinalIgnoreCase) ? "ascending"
        : string.Equals(current, "-" + field, StringComparison.OrdinalIgnoreCase) ? "descending" : null;
}

public static class SortMark
{
    /// <summary>The arrow beside a sortable column header: the current direction, or ↕ when not sorted by it.</summary>
    public static string For(string? current, string field) => Query.AriaSort(current, field) switch
    {
        "ascending" => "▲", "descending" => "▼", _ => "↕",
    };
}

/// <summary>What the pager partial needs: where we are and how to link to another page.</summary>
public sealed record Pager(int Page, int PageCount, int Total, Func<int, string> UrlFor);
