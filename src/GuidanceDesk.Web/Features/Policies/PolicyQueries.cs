using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// The library as staff and the public read it. Search is a plain substring match on title, number, issuer and tags —
/// a city's library is hundreds of documents, not millions. Without a status filter the current documents (drafts and
/// published) are listed; ended ones are asked for by status.
/// </summary>
public sealed class PolicyQueries(AppDbContext db, PolicyAccess access, PolicyCalendar calendar)
{
    /// <summary>Published documents of the public kinds, not past their expiry date: what anyone may read.</summary>
    public static IQueryable<PolicyDocument> PublicDocuments(AppDbContext db, DateOnly? today = null) =>
        db.PolicyDocuments.Where(d => d.Status == PolicyStatus.Published && d.Kind != PolicyKind.InternalProcess
            && d.Kind != PolicyKind.PostResponsibility && (today == null || d.ExpiresOn == null || d.ExpiresOn >= today));

    public async Task<PagedResult<PolicyListItem>> ListAsync(PolicyFilter f, CancellationToken ct)
    {
        var today = calendar.Today;
        var q = Filter(access.Visible().AsNoTracking(), f);
        q = f.Status is { } status ? q.Where(d => d.Status == status)
            : q.Where(d => d.Status == PolicyStatus.Draft || d.Status == PolicyStatus.Published);
        if (f.Overdue)
            q = Overdue(q, today);
        var (page, size) = (Math.Max(1, f.Page), Math.Clamp(f.PageSize, 1, PageRequest.MaxPageSize));
        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(d => d.Kind).ThenByDescending(d => d.EffectiveFrom).ThenBy(d => d.Title)
            .Skip(PageRequest.SkipOf(page, size)).Take(size)
            .Select(d => new PolicyListItem(d.Id, d.Kind, d.Title, d.Issuer, d.DocumentNumber, d.EffectiveFrom, d.ExpiresOn, d.Status, d.ReviewDue,
                d.Status == PolicyStatus.Published && (d.ReviewDue < today || d.ExpiresOn < today), d.ExpiresOn < today, d.Tags,
                d.ServiceUnitId, d.CurrentNumber, d.UpdatedAt, d.Version))
            .ToListAsync(ct);
        return new PagedResult<PolicyListItem>(items, page, size, total);
    }

    public async Task<PolicyDocumentView> GetAsync(long id, CancellationToken ct)
    {
        var d = await access.Visible().AsNoTracking().Include(x => x.Attachments).ThenInclude(a => a.File)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var today = calendar.Today;
        var unit = d.ServiceUnitId is { } u ? await db.ServiceUnits.Where(s => s.Id == u).Select(s => s.Name).FirstOrDefaultAsync(ct) : null;
        var by = d.SupersededById is { } s2 ? await db.PolicyDocuments.Where(x => x.Id == s2).Select(x => x.Title).FirstOrDefaultAsync(ct) : null;
        return new PolicyDocumentView(d.Id, d.Kind, d.Title, d.Issuer, d.Tags, d.ServiceUnitId, unit, d.Status, d.DocumentNumber, d.EffectiveFrom,
            d.ExpiresOn, d.Summary, d.FullText, d.Link, d.CurrentNumber, d.ReviewDue, d.LastReviewedOn, d.IsOverdue(today), d.ExpiresOn < today,
            d.PublishedAt, d.UpdatedAt, d.StatusNote, d.SupersededById, by, d.EndedAt,
            [.. d.Versions.OrderByDescending(v => v.Number).Select(v => new VersionSummary(v.Number, v.DocumentNumber, v.EffectiveFrom, v.ChangeNote,
                v.ChangedByName, v.ChangedAt))],
            Attachments(d, null), d.Version);
    }

    /// <summary>A version as it was, earlier ones included.</summary>
    public async Task<PolicyVersionView> VersionAsync(long id, int number, CancellationToken ct)
    {
        var d = await access.Visible().AsNoTracking().Include(x => x.Attachments).ThenInclude(a => a.File)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var v = d.Versions.FirstOrDefault(x => x.Number == number) ?? throw new NotFoundException();
        return new PolicyVersionView(d.Id, d.Title, d.Kind, v.Number, v.Number == d.CurrentNumber, v.DocumentNumber, v.EffectiveFrom, v.ExpiresOn,
            v.Summary, v.FullText, v.Link, v.ChangeNote, v.ChangedByName, v.ChangedAt, Attachments(d, v.Number));
    }

    /// <summary>Documents in force past their review or expiry date, within the caller's reach: the managers' flag.</summary>
    public Task<int> CountOverdueAsync(CancellationToken ct) => Overdue(access.Visible(), calendar.Today).CountAsync(ct);

    /// <summary>Published documents to pick from (a consultation, a handbook section); <paramref name="publicOnly"/> for handbooks.</summary>
    public async Task<IReadOnlyList<PolicyChoice>> ChoicesAsync(bool publicOnly, CancellationToken ct)
    {
        var q = access.Visible().AsNoTracking().Where(d => d.Status == PolicyStatus.Published);
        if (publicOnly)
            q = q.Where(d => d.Kind != PolicyKind.InternalProcess && d.Kind != PolicyKind.PostResponsibility);
        return await q.OrderBy(d => d.Kind).ThenBy(d => d.Title).Take(500)
            .Select(d => new PolicyChoice(d.Id, d.Kind, d.Title, d.DocumentNumber)).ToListAsync(ct);
    }

    public async Task<PagedResult<PublicPolicyItem>> PublicListAsync(PolicyFilter f, CancellationToken ct)
    {
        var q = Filter(PublicDocuments(db, calendar.Today).AsNoTracking(), f);
        var (page, size) = (Math.Max(1, f.Page), Math.Clamp(f.PageSize, 1, PageRequest.MaxPageSize));
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id).Skip(PageRequest.SkipOf(page, size)).Take(size)
            .Select(d => new PublicPolicyItem(d.Id, d.Kind, d.Title, d.Issuer, d.DocumentNumber, d.EffectiveFrom, d.Summary, d.Tags, d.UpdatedAt))
            .ToListAsync(ct);
        return new PagedResult<PublicPolicyItem>(items, page, size, total);
    }

    /// <summary>A published public document (a draft, an internal one or an ended one is 404 to the public).</summary>
    public async Task<PublicPolicyView> PublicGetAsync(long id, CancellationToken ct)
    {
        var d = await PublicDocuments(db, calendar.Today).AsNoTracking().Include(x => x.Attachments).ThenInclude(a => a.File)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return new PublicPolicyView(d.Id, d.Kind, d.Title, d.Issuer, d.DocumentNumber, d.EffectiveFrom, d.ExpiresOn, d.Summary, d.FullText, d.Link,
            d.Tags, d.UpdatedAt, Attachments(d, d.CurrentNumber));
    }

    /// <summary>Titles of the published public documents among <paramref name="ids"/> (links from a handbook).</summary>
    public async Task<IReadOnlyDictionary<long, PolicyChoice>> PublicTitlesAsync(IEnumerable<long> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await PublicDocuments(db, calendar.Today).AsNoTracking().Where(d => wanted.Contains(d.Id))
            .Select(d => new PolicyChoice(d.Id, d.Kind, d.Title, d.DocumentNumber)).ToDictionaryAsync(c => c.Id, ct);
    }

    /// <summary>The units a keeper may register a unit's own document for: their own, or every unit at city level.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> UnitChoicesAsync(CancellationToken ct)
    {
        var mine = access.UnitId;
        var units = await db.ServiceUnits.AsNoTracking().Where(u => mine == null || u.Id == mine).OrderBy(u => u.Id).Take(200)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return [.. units.Select(u => (u.Id, u.Name))];
    }

    private static IQueryable<PolicyDocument> Filter(IQueryable<PolicyDocument> q, PolicyFilter f)
    {
        if (f.Kind is { } kind)
            q = q.Where(d => d.Kind == kind);
        if (!string.IsNullOrWhiteSpace(f.Tag))
        {
            var tag = f.Tag.Trim();
            q = q.Where(d => d.Tags.Contains(tag));
        }
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var text = f.Q.Trim();
            q = q.Where(d => d.Title.Contains(text) || (d.DocumentNumber != null && d.DocumentNumber.Contains(text)) || d.Issuer.Contains(text)
                || d.Tags.Any(t => t.Contains(text)));
        }
        return q;
    }

    private static IQueryable<PolicyDocument> Overdue(IQueryable<PolicyDocument> q, DateOnly today) =>
        q.Where(d => d.Status == PolicyStatus.Published && (d.ReviewDue < today || d.ExpiresOn < today));

    private static List<AttachmentView> Attachments(PolicyDocument d, int? version) =>
        [.. d.Attachments.Where(a => version is null || a.VersionNumber == version).OrderByDescending(a => a.VersionNumber).ThenBy(a => a.Id)
            .Select(a => new AttachmentView(a.Id, a.VersionNumber, a.File.FileName, a.File.Type, a.File.Length, a.File.Sha256, a.AddedAt))];
}
