using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Follow-ups (6.1.5): staff record the meeting; the worker answers a check-in in the portal (6.1.7).</summary>
public sealed class FollowUpHandlers(AppDbContext db, CurrentUser user, CaseAccess access, TimeProvider time, Infrastructure.AgencyClock clock)
{
    private static readonly CompiledQuery<Func<AppDbContext, long, long, CancellationToken, Task<FollowUp?>>> ById = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, long id, long caseId, CancellationToken _) => db.FollowUps.FirstOrDefault(x => x.Id == id && x.CaseId == caseId)));

    public async Task RecordAsync(long caseId, long followUpId, FollowUpForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var (c, f) = await LoadAsync(caseId, followUpId, form.Version, ct);
        var now = time.GetUtcNow();
        f.Record(form.Channel, form.WhatWasDone, IntakeForm.Blank(form.WhatChanged), form.ReportedStatus, user.StaffMemberId, now);
        access.Audit(c, AuditAction.Update, "follow-up:" + followUpId);
        await access.SaveWithActivityAsync(c.Id, now, ct);
    }

    public async Task CheckInAsync(long caseId, long followUpId, CheckInRequest r, CancellationToken ct)
    {
        if (!access.IsWorker)
            throw new DomainRuleException("近况由劳动者本人在线填写", nameof(r.Answer));
        var (c, f) = await LoadAsync(caseId, followUpId, null, ct);
        var now = time.GetUtcNow();
        f.AnswerCheckIn(r.Answer, r.ReportedStatus, clock.Today, now);
        access.Audit(c, AuditAction.Update, "check-in:" + followUpId);
        await access.SaveWithActivityAsync(c.Id, now, ct);
    }

    private async Task<(CaseRef, FollowUp)> LoadAsync(long caseId, long followUpId, int? version, CancellationToken ct)
    {
        var c = await access.RefAsync(caseId, ct);
        var f = await ById.For(db)(db, followUpId, caseId, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrentIfGiven(db, f, version);
        return (c, f);
    }
}
