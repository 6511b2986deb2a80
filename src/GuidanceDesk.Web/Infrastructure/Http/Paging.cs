namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>A page of a list; <see cref="PageSize"/> is capped at 200 (API conventions).</summary>
public sealed record PageRequest(int Page = 1, int PageSize = 20, string? Sort = null)
{
    public const int MaxPageSize = 200;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
    public int Skip => (SafePage - 1) * SafePageSize;
    public bool Descending => Sort?.StartsWith('-') == true;
    public string? SortField => Sort?.TrimStart('-', '+');
}

/// <param name="TotalIsCapped">True when there are more than <paramref name="Total"/> matches and counting stopped there.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalIsCapped = false)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
