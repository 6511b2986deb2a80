using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// Applies an accepted correction through the worker registry's own update (<see cref="WorkerHandlers.UpdateAsync"/>):
/// the same checks (a valid ID number not registered twice, a valid phone), the same audit entry of the changed fields,
/// the same version. The form is the record as it is, with the one field changed.
/// </summary>
public sealed class CorrectionApplier(AppDbContext db, PersonalDataProtector protector, WorkerQueries queries, WorkerHandlers workers,
    IServiceProvider services, AgencyClock clock)
{
    /// <summary>Returns what was done, in words the worker reads (identifiers masked).</summary>
    public async Task<string> ApplyAsync(DataSubjectRequest r, string? typed, CancellationToken ct)
    {
        if (r.Field is not { } field || field == CorrectionField.Other)
            return "已按您的说明更正";
        var raw = !string.IsNullOrWhiteSpace(typed) ? typed
            : r.ProposedValueCipher is { } cipher ? protector.Unprotect(cipher) : throw new DomainRuleException("请填写更正后的信息", "value");
        var value = DataRequestForm.Normalize(field, raw, clock.Today) ?? throw new DomainRuleException("更正后的信息不正确", "value");
        var view = await queries.GetAsync(r.WorkerId, audited: false, ct);
        var ids = await db.Workers.AsNoTracking().Where(w => w.Id == r.WorkerId).Select(w => new { w.IdNumber, w.Phone }).FirstAsync(ct);
        var form = WorkerPages.FromView(view, new RevealedIdentifiers(view.Id, protector.Unprotect(ids.IdNumber.Cipher),
            ids.Phone is null ? null : protector.Unprotect(ids.Phone.Cipher)));
        switch (field)
        {
            case CorrectionField.Name: form.Name = value; break;
            case CorrectionField.Phone: form.Phone = value; break;
            case CorrectionField.IdNumber: form.IdNumber = value; break;
            case CorrectionField.ResidenceAddress: form.ResidenceAddress = value; break;
            case CorrectionField.Education: form.Education = Enum.Parse<Education>(value); break;
            default: form.EmploymentStatus = Enum.Parse<EmploymentStatus>(value); break;
        }
        // The registry's API checks its form with these rules before the handler runs; so does this path.
        if (RequestValidator.Validate(form, services) is { Count: > 0 } errors)
            throw new DomainRuleException(errors.First().Value[0], "value");
        await workers.UpdateAsync(r.WorkerId, form, view.Version, ct);
        var shown = field switch
        {
            CorrectionField.Phone => Mask.Phone(value),
            CorrectionField.IdNumber => Mask.IdNumber(value),
            CorrectionField.Education => Labels.Of(Enum.Parse<Education>(value)),
            CorrectionField.EmploymentStatus => Labels.Of(Enum.Parse<EmploymentStatus>(value)),
            _ => value,
        };
        return $"已将{PrivacyLabels.Of(field)}更正为“{shown}”";
    }
}
