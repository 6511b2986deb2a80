using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// Policy consultation as a service (5.1a): the documents a counselor explained to the worker of a case become a
/// guidance record of the case — kind 政策咨询, service item 5.1a — that names each document with its number and
/// version, through the same record handler as every other service (case reach, closed cases refused, audited).
/// </summary>
public sealed class ConsultationHandlers(AppDbContext db, RecordHandlers records, CaseAccess cases, PolicyAccess access, AuditLog audit,
    AgencyClock clock)
{
    public const string EntityType = "PolicyConsultation";

    public async Task<ConsultationView> RecordAsync(long caseId, ConsultationRequest r, CancellationToken ct)
    {
        cases.EnsureStaff();
        var c = await cases.LoadAsync(caseId, ct);
        var ids = r.DocumentIds.Distinct().ToList();
        var found = await access.Visible().AsNoTracking().Where(d => ids.Contains(d.Id) && d.Status == PolicyStatus.Published)
            .Select(d => new { d.Id, d.Kind, d.Title, d.DocumentNumber, d.CurrentNumber }).ToListAsync(ct);
        if (ids.Count == 0 || found.Count != ids.Count)
            throw new DomainRuleException("请选择库中现行有效的文件（草稿、已废止或被替代的文件不能用于政策咨询）", nameof(r.DocumentIds));
        var documents = ids.Select(id => found.Single(d => d.Id == id)).ToList();

        var now = clock.Now;
        var form = new GuidanceRecordForm
        {
            Kind = ServiceKind.PolicyConsultation, Date = DateOnly.FromDateTime(now.DateTime), Time = new TimeOnly(now.Hour, now.Minute),
            DurationMinutes = r.DurationMinutes, Channel = r.Channel, ServiceItems = [ServiceItems.PolicyConsultation],
            Content = PolicyLabels.ConsultationContent(documents.Select(d => (d.Title, d.DocumentNumber, d.CurrentNumber))),
            Advice = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var recordId = await records.AddToCaseAsync(c.Id, form, ct);
        audit.Changed(db, AuditAction.Create, EntityType, PolicyAccess.Key(recordId), c.ServiceUnitId,
            $"case:{c.Id};documents:{string.Join(',', ids)}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ConsultationView(c.Id, recordId, form.Content, [.. documents.Select(d => new PolicyChoice(d.Id, d.Kind, d.Title, d.DocumentNumber))]);
    }
}
