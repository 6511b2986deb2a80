using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

public sealed record MessageView(long Id, bool FromWorker, string SenderName, string Body, DateTimeOffset SentAt, DateTimeOffset? ReadAt);

/// <summary>Secure messages between the worker and the counselor, inside the case (6.1.7). Reading marks the other side's as read.</summary>
public sealed class MessageHandlers(AppDbContext db, CurrentUser user, CaseAccess access, TimeProvider time)
{
    public async Task<MessageView> SendAsync(long caseId, MessageRequest r, CancellationToken ct)
    {
        var c = await access.RefAsync(caseId, ct);
        if (!access.IsWorker)
            access.EnsureStaff();
        if (c.IsClosed)
            throw new DomainRuleException("个案已结案，不能再发送消息", nameof(r.Body));
        var now = time.GetUtcNow();
        var sender = access.IsWorker ? await access.WorkerNameAsync(c.WorkerId, ct) : user.DisplayName;
        var message = new CaseMessage(c.ServiceUnitId, c.Id, access.IsWorker, user.UserId!, sender, r.Body, now);
        db.CaseMessages.Add(message);
        access.Audit(c, AuditAction.Update, "message");
        await access.SaveWithActivityAsync(c.Id, now, ct);
        return ToView(message);
    }

    public async Task<IReadOnlyList<MessageView>> ListAsync(long caseId, CancellationToken ct)
    {
        var c = await access.RefAsync(caseId, ct);
        var fromOtherSide = !access.IsWorker;
        await db.CaseMessages.Where(m => m.CaseId == c.Id && m.FromWorker == fromOtherSide && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, time.GetUtcNow()), ct);
        var messages = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == c.Id).OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToListAsync(ct);
        return [.. messages.Select(ToView)];
    }

    private static MessageView ToView(CaseMessage m) => new(m.Id, m.FromWorker, m.SenderName, m.Body, m.SentAt, m.ReadAt);
}
