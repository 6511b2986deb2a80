namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>A page of a list; <see cref="PageSize"/> is capped at 200 (API conventions).</summary>
public sealed record PageRequest(int Page = 1, int PageSize = 20, string? Sort = null)
{
    public const int MaxPageSize = 200;

    /// <summary>Far beyond any list here; keeps the offset inside an int (?page=2147483647 would overflow to a negative OFFSET).</summary>
    public const int MaxPage = 1_000_000;

    public int SafePage => Math.Clamp(Page, 1, MaxPage);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
    public int Skip => SkipOf(SafePage, SafePageSize);

    /// <summary>The rows before page <paramref name="page"/> (1-based, clamped to 1…<see cref="MaxPage"/>) of <paramref name="size"/> rows.</summary>
    public static int SkipOf(int page, int size) => (Math.Clamp(page, 1, MaxPage) - 1) * Math.Clamp(size, 1, MaxPageSize);
    public bool Descending => Sort?.StartsWith('-') == true;
    public string? SortField => Sort?.TrimStart('-', '+');
}

/// <param name="TotalIsCapped">True when there are more than <paramref name="Total"/> matches and counting stopped there.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalIsCapped = false)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
