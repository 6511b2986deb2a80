using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>One page of the hall's screen: a handbook section or a policy summary.</summary>
public sealed record ScreenSlide(string Label, string Heading, string Body, string? Meta);

/// <summary>What the hall's screen shows, and the newest date among it ("last updated").</summary>
public sealed record ScreenView(IReadOnlyList<ScreenSlide> Slides, DateTimeOffset? LastUpdated);

/// <summary>Handbooks as editors, the public and the hall's screen read them. The public only ever sees the published copy.</summary>
public sealed class HandbookQueries(AppDbContext db, PolicyQueries policies, PolicyCalendar calendar)
{
    /// <summary>How many policy summaries the screen turns through after the handbooks.</summary>
    public const int ScreenPolicies = 20;

    public async Task<IReadOnlyList<HandbookListItem>> ListAsync(CancellationToken ct) =>
        (await db.Handbooks.AsNoTracking().OrderByDescending(h => h.IsPublished).ThenBy(h => h.Title).Take(200).ToListAsync(ct))
        .Select(h => new HandbookListItem(h.Id, h.Title, h.Audience, h.Sections.Count, h.IsPublished, h.PublishedAt, h.HasUnpublishedChanges, h.Version))
        .ToList();

    public async Task<HandbookView> GetAsync(long id, CancellationToken ct)
    {
        var h = await db.Handbooks.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return new HandbookView(h.Id, h.Title, h.Audience, h.Intro, [.. h.Sections.Select(s => new SectionView(s.Line, s.Heading, s.Body, s.DocumentIds))],
            h.IsPublished, h.PublishedAt, h.PublishedByName, h.HasUnpublishedChanges, h.Version);
    }

    public async Task<IReadOnlyList<HandbookListItem>> PublicListAsync(CancellationToken ct) =>
        (await db.Handbooks.AsNoTracking().Where(h => h.IsPublished).OrderByDescending(h => h.PublishedAt).Take(100).ToListAsync(ct))
        .Select(h => new HandbookListItem(h.Id, h.PublishedTitle!, h.PublishedAudience!, h.PublishedSections.Count, true, h.PublishedAt, false, h.Version))
        .ToList();

    /// <summary>The published copy; a handbook never published, or withdrawn, is 404 to the public.</summary>
    public async Task<PublicHandbookView> PublicGetAsync(long id, CancellationToken ct)
    {
        var h = await db.Handbooks.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.IsPublished, ct) ?? throw new NotFoundException();
        var titles = await policies.PublicTitlesAsync(h.PublishedSections.SelectMany(s => s.DocumentIds), ct);
        return new PublicHandbookView(h.Id, h.PublishedTitle!, h.PublishedAudience!, h.PublishedIntro, h.PublishedAt!.Value,
            [.. h.PublishedSections.Select((s, i) => new PublicSection(i + 1, s.Heading, s.Body,
                [.. s.DocumentIds.Where(titles.ContainsKey).Select(d => new PublicLink(d, titles[d].Title, titles[d].DocumentNumber))]))]);
    }

    /// <summary>
    /// The screen's pages: every section of the published handbooks (or of one, when <paramref name="handbookId"/> is
    /// given), then the summaries of the most recently updated public documents in force.
    /// </summary>
    public async Task<ScreenView> ScreenAsync(long? handbookId, CancellationToken ct)
    {
        var handbooks = await db.Handbooks.AsNoTracking().Where(h => h.IsPublished && (handbookId == null || h.Id == handbookId))
            .OrderByDescending(h => h.PublishedAt).Take(20).ToListAsync(ct);
        var slides = handbooks.SelectMany(h => h.PublishedSections.Select(s => new ScreenSlide(h.PublishedTitle!, s.Heading, s.Body, null))).ToList();
        var dates = handbooks.Select(h => h.PublishedAt!.Value).ToList();
        if (handbookId is null)
        {
            var documents = await PolicyQueries.PublicDocuments(db, calendar.Today).AsNoTracking().OrderByDescending(d => d.UpdatedAt)
                .Take(ScreenPolicies).Select(d => new { d.Kind, d.Title, d.Issuer, d.DocumentNumber, d.Summary, d.UpdatedAt }).ToListAsync(ct);
            slides.AddRange(documents.Select(d => new ScreenSlide(PolicyLabels.Of(d.Kind), d.Title, d.Summary,
                d.DocumentNumber is null ? d.Issuer : $"{d.Issuer} · {d.DocumentNumber}")));
            dates.AddRange(documents.Select(d => d.UpdatedAt));
        }
        return new ScreenView(slides, dates.Count == 0 ? null : dates.Max());
    }
}
