using GuidanceDesk.Web.Features.Common;
using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>7.2: the archive of each case closed in the period holds every kind its history calls for (a–g).</summary>
public sealed class ArchiveCompletenessRule(ArchiveCompleteness completeness, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "archive-completeness";
    public override string Clause => "7.2";
    public override string Title => "结案个案档案齐全";
    public override int Order => 720;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(95, 85);
    protected override string Counted => "个结案个案";

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct)
    {
        var r = await completeness.ScanClosedAsync(scope.UnitId, scope.Period.Start, scope.Period.End, ct);
        return (r.Cases, r.Cases - r.Incomplete.Count);
    }

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var r = await completeness.ScanClosedAsync(scope.UnitId, scope.Period.Start, scope.Period.End, ct);
        return [.. r.Incomplete.Take(limit).Select(c => new DrillRow("个案 " + Id(c.CaseId), $"/Archive/Case/{c.CaseId.ToString(CultureInfo.InvariantCulture)}",
            "缺少：" + string.Join("、", c.Kinds.Where(k => k.Missing > 0).Select(k => $"{ArchiveLabels.Of(k.Kind)} {k.Missing.ToString(CultureInfo.InvariantCulture)} 份")),
            null, c.WorkerId, true))];
    }
}

/// <summary>When the database and files were last backed up and the backup restored in a check (4.4c).</summary>
public interface IBackupStatus
{
    /// <summary>Null when no verified backup is on record.</summary>
    Task<DateTimeOffset?> LastVerifiedAsync(CancellationToken ct);

    /// <summary>False when this installation's own backups are switched off (Backups:Enabled): the row then asks for a manual check.</summary>
    bool IsRecorded { get; }
}

/// <summary>4.4c: the last verified backup is at most a day old (warning up to a week).</summary>
public sealed class BackupFreshnessRule(IBackupStatus backups, TimeProvider time) : IConformanceRule
{
    public string Key => "backup-freshness";
    public string Clause => "4.4c";
    public string Title => "数据库定期更新和备份";
    public int Order => 443;

    public async Task<ConformanceRow> EvaluateAsync(ConformanceScope scope, CancellationToken ct)
    {
        const string target = "最近一次经恢复验证的备份 ≤ 1 天（7 天内为警示）";
        if (!backups.IsRecorded)
            return new ConformanceRow(Key, Clause, Title, "本系统未记录备份", null, target, ConformanceLevel.NoData, 0, 0,
                "备份由运维人员在系统外执行时，请在自查清单中人工核查");
        if (await backups.LastVerifiedAsync(ct) is not { } last)
            return new ConformanceRow(Key, Clause, Title, "无经验证的备份", 0, target, ConformanceLevel.Fail, 1, 1, null);
        var age = (time.GetUtcNow() - last).TotalDays;
        var level = age <= 1 ? ConformanceLevel.Pass : age <= 7 ? ConformanceLevel.Warn : ConformanceLevel.Fail;
        return new ConformanceRow(Key, Clause, Title, $"最近验证 {Fmt.Time(last)}（{age.ToString("0.0", CultureInfo.InvariantCulture)} 天前）",
            Math.Round(age, 1), target, level, 1, level == ConformanceLevel.Pass ? 0 : 1, null);
    }

    public Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DrillRow>>([]);
}
