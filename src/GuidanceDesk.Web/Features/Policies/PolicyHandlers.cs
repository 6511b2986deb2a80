using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// Keeping the policy library (4.3b–c): register, catalogue, correct a draft, record a new version, publish, review,
/// repeal or supersede. Managers, heads and the admin (the API group and pages say so too; this is the last line). Each
/// is one save with its audit entry; an edit carrying an older version is a stale write (409).
/// </summary>
public sealed class PolicyHandlers(AppDbContext db, PolicyAccess access, PolicyCalendar calendar, AuditLog audit, TimeProvider time)
{
    public async Task<long> CreateAsync(PolicyDocumentRequest r, CancellationToken ct)
    {
        access.EnsureKeeper();
        access.EnsureUnitAllowed(r.ServiceUnitId);
        var content = r.Content!.ToContent();
        var document = new PolicyDocument(r.ServiceUnitId, r.ToCatalog(), content, r.ReviewDue ?? calendar.DefaultReviewDue(content.EffectiveFrom),
            access.Actor, time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.PolicyDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, PolicyAccess.EntityType, PolicyAccess.Key(document.Id), document.ServiceUnitId,
            $"kind={document.Kind}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return document.Id;
    }

    public Task UpdateCatalogAsync(long id, PolicyCatalogRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, d =>
    {
        access.EnsureUnitAllowed(r.ServiceUnitId);
        d.UpdateCatalog(r.ServiceUnitId, r.ToCatalog(), r.ReviewDue ?? d.ReviewDue);
        return "catalog";
    }, ct, required: true);

    public Task CorrectDraftAsync(long id, PolicyContentRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, d =>
    {
        d.CorrectDraft(r.ToContent());
        return "draft-corrected";
    }, ct, required: true);

    public async Task<int> AddVersionAsync(long id, PolicyVersionRequest r, CancellationToken ct)
    {
        var number = 0;
        await ChangeAsync(id, r.Version, d =>
        {
            var content = r.ToContent();
            number = d.AddVersion(content, r.ChangeNote!, r.ReviewDue ?? calendar.DefaultReviewDue(content.EffectiveFrom), access.Actor,
                time.GetUtcNow()).Number;
            return $"version={number}";
        }, ct, required: true);
        return number;
    }

    public Task PublishAsync(long id, int? version, CancellationToken ct) => ChangeAsync(id, version, d =>
    {
        d.Publish(time.GetUtcNow());
        return "published";
    }, ct);

    public Task ReviewAsync(long id, PolicyReviewRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, d =>
    {
        var next = r.NextReviewDue ?? calendar.Today.AddMonths(calendar.ReviewMonths);
        d.MarkReviewed(calendar.Today, next);
        return $"reviewed;next={next:yyyy-MM-dd}";
    }, ct);

    public Task RepealAsync(long id, PolicyEndRequest r, CancellationToken ct) => ChangeAsync(id, r.Version, d =>
    {
        d.Repeal(r.Reason ?? "", time.GetUtcNow());
        return "repealed";
    }, ct);

    public async Task SupersedeAsync(long id, PolicyEndRequest r, CancellationToken ct)
    {
        if (r.SupersededById is { } by && by != id
            && !await access.Visible().AnyAsync(d => d.Id == by && d.Status == PolicyStatus.Published, ct))
            throw new DomainRuleException("替代文件应为库中现行有效的文件", nameof(r.SupersededById));
        await ChangeAsync(id, r.Version, d =>
        {
            d.Supersede(r.SupersededById, r.Reason, time.GetUtcNow());
            return $"superseded;by={r.SupersededById}";
        }, ct);
    }

    /// <summary>
    /// Loads the document within reach, checks the version (an edit of what the user saw must carry it; a command
    /// like publish checks it when given), applies the change and saves it with its audit entry.
    /// </summary>
    private async Task ChangeAsync(long id, int? version, Func<PolicyDocument, string> change, CancellationToken ct, bool required = false)
    {
        var document = await access.LoadForChangeAsync(id, ct);
        if (required)
            ETags.EnsureCurrent(db, document, version);
        else
            ETags.EnsureCurrentIfGiven(db, document, version);
        var what = change(document);
        audit.Changed(db, AuditAction.Update, PolicyAccess.EntityType, PolicyAccess.Key(id), document.ServiceUnitId, what);
        await db.SaveChangesAsync(ct);
    }
}
