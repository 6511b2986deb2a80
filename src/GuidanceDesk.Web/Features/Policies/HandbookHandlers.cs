using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// Composing handbooks (7.1.1): details, sections (added, changed, removed, reordered) and publication. Kept by the same
/// people as the library; every change needs the version the editor saw (409 otherwise), publish and withdraw check it
/// when given. A section may link only published public documents: a handbook is read by the public.
/// </summary>
public sealed class HandbookHandlers(AppDbContext db, PolicyAccess access, AuditLog audit, TimeProvider time)
{
    public const string EntityType = "Handbook";

    public async Task<long> CreateAsync(HandbookRequest r, CancellationToken ct)
    {
        access.EnsureKeeper();
        var handbook = new Handbook(r.ToDetails(), time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Handbooks.Add(handbook);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, PolicyAccess.Key(handbook.Id), null, handbook.Title);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return handbook.Id;
    }

    public Task UpdateAsync(long id, HandbookRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, true, h => Task.FromResult(Done(() => h.Update(r.ToDetails()), "details")), ct);

    public async Task<int> AddSectionAsync(long id, SectionRequest r, CancellationToken ct)
    {
        var line = 0;
        await ChangeAsync(id, r.Version, true, async h =>
        {
            await EnsureLinkableAsync(r.DocumentIds, ct);
            line = h.AddSection(r.Heading!, r.Body!, r.DocumentIds).Line;
            return $"section+{line}";
        }, ct);
        return line;
    }

    public Task UpdateSectionAsync(long id, int line, SectionRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, true, async h =>
    {
        await EnsureLinkableAsync(r.DocumentIds, ct);
        h.UpdateSection(line, r.Heading!, r.Body!, r.DocumentIds);
        return $"section:{line}";
    }, ct);

    public Task RemoveSectionAsync(long id, int line, int? version, CancellationToken ct) =>
        ChangeAsync(id, version, true, h => Task.FromResult(Done(() => h.RemoveSection(line), $"section-{line}")), ct);

    public Task ReorderAsync(long id, SectionOrderRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, true, h => Task.FromResult(Done(() => h.Reorder(r.Lines!), "order")), ct);

    public Task MoveAsync(long id, int line, int by, int? version, CancellationToken ct) =>
        ChangeAsync(id, version, true, h => Task.FromResult(Done(() => h.Move(line, by), "order")), ct);

    public Task PublishAsync(long id, int? version, CancellationToken ct) =>
        ChangeAsync(id, version, false, h => Task.FromResult(Done(() => h.Publish(access.Actor.Name, time.GetUtcNow()), "published")), ct);

    public Task WithdrawAsync(long id, int? version, CancellationToken ct) =>
        ChangeAsync(id, version, false, h => Task.FromResult(Done(h.Withdraw, "withdrawn")), ct);

    /// <summary>A handbook that is not on the public pages may be deleted; a published one is withdrawn first.</summary>
    public async Task DeleteAsync(long id, int? version, CancellationToken ct)
    {
        var handbook = await LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, handbook, version);
        if (handbook.IsPublished)
            throw new DomainRuleException("已发布的读本请先撤下再删除", "isPublished");
        db.Handbooks.Remove(handbook);
        audit.Changed(db, AuditAction.Delete, EntityType, PolicyAccess.Key(id), null, handbook.Title);
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureLinkableAsync(List<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return;
        var wanted = ids.Distinct().ToList();
        var found = await PolicyQueries.PublicDocuments(db).CountAsync(d => wanted.Contains(d.Id), ct);
        if (found != wanted.Count)
            throw new DomainRuleException("只能关联已发布、可向公众公开的文件", "documentIds");
    }

    private async Task ChangeAsync(long id, int? version, bool required, Func<Handbook, Task<string>> change, CancellationToken ct)
    {
        var handbook = await LoadAsync(id, ct);
        if (required)
            ETags.EnsureCurrent(db, handbook, version);
        else
            ETags.EnsureCurrentIfGiven(db, handbook, version);
        var what = await change(handbook);
        audit.Changed(db, AuditAction.Update, EntityType, PolicyAccess.Key(id), null, what);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Handbook> LoadAsync(long id, CancellationToken ct)
    {
        access.EnsureKeeper();
        return await db.Handbooks.FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw new NotFoundException();
    }

    private static string Done(Action change, string what)
    {
        change();
        return what;
    }
}
