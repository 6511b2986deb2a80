using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>4.1: the unit's qualification is valid and every required kind of management document is in force.</summary>
public sealed class UnitQualificationRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "unit-qualification";
    public override string Clause => "4.1";
    public override string Title => "机构资质有效，管理制度齐全";
    public override int Order => 410;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(100, 100);
    protected override string Counted => "个服务单位";

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct)
    {
        var rows = await DrillAsync(scope, int.MaxValue, ct);
        return (rows.Count, rows.Count(r => !r.Failing));
    }

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var asOf = scope.Period.To < scope.Today ? scope.Period.To : scope.Today;
        var units = await db.ServiceUnits.AsNoTracking().Where(u => scope.UnitId == null || u.Id == scope.UnitId).ToListAsync(ct);
        return [.. units.Select(u =>
            {
                var gaps = u.Warnings(asOf).Where(w => w.Kind != UnitWarningKind.QualificationExpiringSoon).ToList();
                var detail = gaps.Count == 0 ? "资质有效，制度齐全" : string.Join("；", gaps.Select(Describe));
                return new DrillRow(u.Name, $"/Units/Details/{u.Id.ToString(CultureInfo.InvariantCulture)}", detail, null, null, gaps.Count > 0);
            })
            .OrderByDescending(r => r.Failing).Take(limit)];
    }

    private static string Describe(UnitWarning w) => w.Kind switch
    {
        UnitWarningKind.QualificationMissing => "未登记机构资质",
        UnitWarningKind.QualificationExpired => "机构资质已过期",
        _ => "缺少管理制度：" + (w.DocumentKind is { } k ? Labels.Of(k) : ""),
    };
}

/// <summary>4.6.1 (staff qualification) and 4.6.2c (yearly training hours) over the unit's active guidance staff.</summary>
public abstract class StaffRule(AppDbContext db, IOptions<GuidanceDeskOptions> options, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    protected override string Counted => "名指导人员";

    protected abstract bool Meets(QualificationResult q);

    protected abstract string Describe(QualificationResult q);

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct)
    {
        var rows = await DrillAsync(scope, int.MaxValue, ct);
        return (rows.Count, rows.Count(r => !r.Failing));
    }

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var asOf = scope.Period.To < scope.Today ? scope.Period.To : scope.Today;
        var staff = await db.StaffMembers.AsNoTracking().InUnit(scope.UnitId)
            .Where(s => s.IsActive && (s.Position == StaffPosition.Counselor || s.Position == StaffPosition.Manager))
            .ToListAsync(ct);
        return [.. staff.Select(s =>
            {
                var q = StaffQualification.Evaluate(s, asOf, options.Value.TrainingHoursPerYear);
                // Staff names are not personal data of clients, but the evaluator sees the report too: a role and number suffice.
                return new DrillRow($"{(s.Position == StaffPosition.Manager ? "专业管理人员" : "职业指导人员")} #{s.Id.ToString(CultureInfo.InvariantCulture)}",
                    $"/Staff/Details/{s.Id.ToString(CultureInfo.InvariantCulture)}", Describe(q), null, null, !Meets(q));
            })
            .OrderByDescending(r => r.Failing).Take(limit)];
    }
}

public sealed class StaffQualificationRule(AppDbContext db, IOptions<GuidanceDeskOptions> options, IOptions<ConformanceTargets> targets)
    : StaffRule(db, options, targets)
{
    public override string Key => "staff-qualification";
    public override string Clause => "4.6.1";
    public override string Title => "指导人员符合任职条件";
    public override int Order => 461;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(100, 80);
    protected override bool Meets(QualificationResult q) => q.MeetsClause461;
    protected override string Describe(QualificationResult q) => q.MeetsClause461 ? "符合" : string.Join("；", q.Gaps.Select(StaffQualification.Describe));
}

public sealed class StaffTrainingRule(AppDbContext db, IOptions<GuidanceDeskOptions> options, IOptions<ConformanceTargets> targets)
    : StaffRule(db, options, targets)
{
    public override string Key => "staff-training";
    public override string Clause => "4.6.2c";
    public override string Title => "指导人员年度培训学时达标";
    public override int Order => 462;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(100, 80);
    protected override bool Meets(QualificationResult q) => q.MeetsTrainingMinimum;
    protected override string Describe(QualificationResult q) =>
        $"本年度培训 {Fmt.Hours(q.TrainingHoursThisYear)} 学时，要求 {Fmt.Hours(q.TrainingMinimum)} 学时";
}
