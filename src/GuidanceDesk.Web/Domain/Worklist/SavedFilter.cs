namespace GuidanceDesk.Web.Domain;

/// <summary>A user's named worklist filter, so that a counselor gets back to "my graduates in follow-up" in one click.</summary>
public sealed class SavedFilter
{
    public const int MaxPerUser = 20;

    private SavedFilter() { }

    public SavedFilter(string userId, string name, string query, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainRuleException("请填写筛选名称", nameof(Name));
        UserId = userId;
        Name = name.Trim();
        Query = query;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The worklist query string (counselor, group, stage…), replayed as is.</summary>
    public string Query { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
