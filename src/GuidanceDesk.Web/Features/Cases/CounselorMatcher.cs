using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Cases;

public sealed record CounselorProposal(long StaffId, string Name, bool MeetsClause461, IReadOnlyList<string> Gaps,
    bool DistrictMatch, bool IndustryMatch, int OpenCases, string Reason);

/// <summary>
/// 7.1.3 and 4.6.1: proposes the unit's counselors, those who meet 4.6.1 first, then those who know the district and
/// industry the worker wants to work in, then the lighter caseload; the reason is spelled out for each.
/// </summary>
public sealed class CounselorMatcher(AppDbContext db, AgencyClock clock, DivisionCatalog divisions, IOptions<GuidanceDeskOptions> options)
{
    public async Task<IReadOnlyList<CounselorProposal>> ProposeAsync(long workerId, CancellationToken ct)
    {
        var worker = await db.Workers.AsNoTracking().FirstAsync(w => w.Id == workerId, ct);
        var districts = worker.JobIntentions.Select(j => j.DistrictCode).Append(worker.ResidenceDistrictCode)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var industries = worker.JobIntentions.Select(j => j.Industry).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.ServiceUnitId == worker.ServiceUnitId && s.IsActive && s.Position == StaffPosition.Counselor).ToListAsync(ct);
        var caseloads = await db.GuidanceCases.Where(c => c.ServiceUnitId == worker.ServiceUnitId && c.Stage != CaseStage.Closed && c.CounselorId != null)
            .GroupBy(c => c.CounselorId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. staff.Select(s => Propose(s, districts, industries, caseloads.GetValueOrDefault(s.Id)))
            .OrderByDescending(p => p.MeetsClause461).ThenByDescending(p => (p.DistrictMatch ? 1 : 0) + (p.IndustryMatch ? 1 : 0))
            .ThenBy(p => p.OpenCases).ThenBy(p => p.StaffId)];
    }

    public QualificationResult Evaluate(StaffMember staff) =>
        StaffQualification.Evaluate(staff, clock.Today, options.Value.TrainingHoursPerYear);

    private CounselorProposal Propose(StaffMember s, HashSet<string> districts, HashSet<string> industries, int openCases)
    {
        var q = Evaluate(s);
        var districtHits = s.DistrictExpertise.Where(districts.Contains).ToList();
        var industryHits = s.IndustryExpertise.Where(industries.Contains).ToList();
        var reasons = new List<string> { q.MeetsClause461 ? "符合4.6.1资质要求" : "不符合4.6.1：" + string.Join("、", q.Gaps.Select(StaffQualification.Describe)) };
        if (districtHits.Count > 0)
            reasons.Add("熟悉" + string.Join("、", districtHits.Select(d => divisions.FindDistrict(d)?.Name ?? d)));
        if (industryHits.Count > 0)
            reasons.Add("熟悉" + string.Join("、", industryHits.Select(Industries.NameOf)));
        reasons.Add($"在办个案{openCases}件");
        return new CounselorProposal(s.Id, s.Name, q.MeetsClause461, [.. q.Gaps.Select(StaffQualification.Describe)],
            districtHits.Count > 0, industryHits.Count > 0, openCases, string.Join("；", reasons));
    }
}
