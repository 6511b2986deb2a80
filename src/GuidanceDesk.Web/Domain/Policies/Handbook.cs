namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 读本、手册 (7.1.1): policy explained in plain language, composed from ordered sections, for the public pages and the
/// hall's screens. Managers edit a working copy; publishing copies it to what the public reads and sets the
/// "last updated" date, so that a half-done edit never reaches the screens. Agency-wide.
/// </summary>
public sealed class Handbook : IVersioned
{
    public const int MaxTitle = 100;
    public const int MaxAudience = 100;
    public const int MaxIntro = 1000;
    public const int MaxHeading = 100;
    public const int MaxBody = 4000;
    public const int MaxSections = 30;
    public const int MaxLinks = 10;

    private readonly List<HandbookSection> _sections = [];
    private readonly List<PublishedSection> _published = [];

    private Handbook() { }

    public Handbook(HandbookDetails details, DateTimeOffset now)
    {
        Update(details);
        CreatedAt = now;
        HasUnpublishedChanges = true;
    }

    public long Id { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Who it is written for, e.g. 高校毕业生.</summary>
    public string Audience { get; private set; } = "";
    public string? Intro { get; private set; }
    /// <summary>The working copy, in reading order.</summary>
    public IReadOnlyList<HandbookSection> Sections => _sections;
    public bool IsPublished { get; private set; }
    /// <summary>The "last updated" date readers see: set on each publish.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedByName { get; private set; }
    public string? PublishedTitle { get; private set; }
    public string? PublishedAudience { get; private set; }
    public string? PublishedIntro { get; private set; }
    /// <summary>What the public reads: the working copy as it was at the last publish.</summary>
    public IReadOnlyList<PublishedSection> PublishedSections => _published;
    public bool HasUnpublishedChanges { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Update(HandbookDetails d)
    {
        Title = Required(d.Title, MaxTitle, "请填写读本名称（不超过100字）", nameof(Title));
        Audience = Required(d.Audience, MaxAudience, "请填写适用对象（不超过100字）", nameof(Audience));
        Intro = string.IsNullOrWhiteSpace(d.Intro) ? null : Required(d.Intro, MaxIntro, "前言不超过1000字", nameof(Intro));
        HasUnpublishedChanges = true;
    }

    public HandbookSection AddSection(string heading, string body, IReadOnlyList<long> documentIds)
    {
        if (_sections.Count >= MaxSections)
            throw new DomainRuleException("每本读本最多 30 节", "heading");
        var section = Section(_sections.Count == 0 ? 1 : _sections.Max(s => s.Line) + 1, heading, body, documentIds);
        _sections.Add(section);
        HasUnpublishedChanges = true;
        return section;
    }

    public void UpdateSection(int line, string heading, string body, IReadOnlyList<long> documentIds)
    {
        var at = IndexOf(line);
        _sections[at] = Section(line, heading, body, documentIds);
        HasUnpublishedChanges = true;
    }

    public void RemoveSection(int line)
    {
        _sections.RemoveAt(IndexOf(line));
        HasUnpublishedChanges = true;
    }

    /// <summary>Puts the sections in the order given: every section exactly once.</summary>
    public void Reorder(IReadOnlyList<int> lines)
    {
        if (lines.Count != _sections.Count || lines.Distinct().Count() != lines.Count || lines.Any(l => !_sections.Exists(s => s.Line == l)))
            throw new DomainRuleException("排序应包含每一节且各一次", "lines");
        // Copies, not the same instances in a new order: the change tracker follows a JSON list by instance and position.
        var ordered = lines.Select(l => _sections.Single(s => s.Line == l) with { }).ToList();
        _sections.Clear();
        _sections.AddRange(ordered);
        HasUnpublishedChanges = true;
    }

    /// <summary>Moves one section up (-1) or down (+1): the page's buttons.</summary>
    public void Move(int line, int by)
    {
        var at = IndexOf(line);
        var to = Math.Clamp(at + by, 0, _sections.Count - 1);
        var lines = _sections.Select(s => s.Line).ToList();
        (lines[at], lines[to]) = (lines[to], lines[at]);
        Reorder(lines);
    }

    public void Publish(string byName, DateTimeOffset now)
    {
        if (_sections.Count == 0)
            throw new DomainRuleException("读本至少要有一节内容才能发布", "sections");
        (PublishedTitle, PublishedAudience, PublishedIntro) = (Title, Audience, Intro);
        _published.Clear();
        _published.AddRange(_sections.Select(s => new PublishedSection(s.Heading, s.Body, s.DocumentIds)));
        IsPublished = true;
        PublishedAt = now;
        PublishedByName = byName;
        HasUnpublishedChanges = false;
    }

    /// <summary>Takes it off the public pages and screens; the last published copy is kept for the next publish.</summary>
    public void Withdraw()
    {
        if (!IsPublished)
            throw new DomainRuleException("读本尚未发布", "isPublished");
        IsPublished = false;
    }

    private int IndexOf(int line)
    {
        var at = _sections.FindIndex(s => s.Line == line);
        return at >= 0 ? at : throw new DomainRuleException("该节不存在（可能已被删除）", "line");
    }

    private static HandbookSection Section(int line, string heading, string body, IReadOnlyList<long> documentIds)
    {
        var links = documentIds.Distinct().ToList();
        if (links.Count > MaxLinks)
            throw new DomainRuleException("每节最多关联 10 份文件", "documentIds");
        return new HandbookSection(line, Required(heading, MaxHeading, "请填写小标题（不超过100字）", "heading"),
            Required(body, MaxBody, "请填写正文（不超过4000字）", "body"), links);
    }

    private static string Required(string? s, int max, string message, string field) =>
        string.IsNullOrWhiteSpace(s) || s.Trim().Length > max ? throw new DomainRuleException(message, field) : s.Trim();
}

public sealed record HandbookDetails(string Title, string Audience, string? Intro);

/// <summary>
/// A section of the working copy: its stable number (<see cref="Line"/>, kept when the order changes), a heading, the
/// body in plain text (blank lines between paragraphs, "- " for list items; shown encoded, never as HTML) and the
/// library documents it explains.
/// </summary>
public sealed record HandbookSection(int Line, string Heading, string Body, IReadOnlyList<long> DocumentIds);

/// <summary>A section as last published.</summary>
public sealed record PublishedSection(string Heading, string Body, IReadOnlyList<long> DocumentIds);
