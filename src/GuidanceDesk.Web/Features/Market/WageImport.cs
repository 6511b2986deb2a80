using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Market;

public sealed record WageRejection(int Line, string Code, string Reason);

/// <summary>What an import did: rows added, rows of the same year and code replaced, and each line refused, with why.</summary>
public sealed record WageImportReport(int Year, int Imported, int Replaced, IReadOnlyList<WageRejection> Rejected);

/// <summary>
/// Imports a year's wage-guidance table (工资指导价位). Each line is checked on its own; the valid lines are written in
/// one transaction, replacing that year's rows of the same codes (codes not in the file stay).
/// </summary>
public sealed class WageImport(AppDbContext db, OccupationCatalog occupations, AuditLog audit, TimeProvider time)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public async Task<WageImportReport> ImportAsync(int year, Stream file, string fileName, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
            throw new DomainRuleException("请填写有效的年度", "year");
        var lines = WageTableReader.Read(file, fileName);
        var (valid, rejected) = Check(lines);
        var now = time.GetUtcNow();
        var codes = valid.Select(v => v.Code).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.WageGuidance.Where(w => w.Year == year && codes.Contains(w.OccupationCode))
            .ToDictionaryAsync(w => w.OccupationCode, StringComparer.Ordinal, ct);
        foreach (var v in valid)
        {
            if (existing.TryGetValue(v.Code, out var row))
                row.Set(v.Low, v.Median, v.High, now);
            else
                db.WageGuidance.Add(new WageGuidance(year, v.Code, v.Low, v.Median, v.High, now));
        }
        audit.Changed(db, AuditAction.Create, "WageGuidance", year.ToString(CultureInfo.InvariantCulture), null,
            $"import {fileName}: {valid.Count - existing.Count} new, {existing.Count} replaced, {rejected.Count} rejected");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new WageImportReport(year, valid.Count - existing.Count, existing.Count, rejected);
    }

    private (List<(string Code, int Low, int Median, int High)> Valid, List<WageRejection> Rejected) Check(List<WageTableLine> lines)
    {
        var valid = new List<(string Code, int Low, int Median, int High)>();
        var rejected = new List<WageRejection>();
        var seen = lines.Where(l => l.Code.Length > 0).GroupBy(l => OccupationCodes.Trimmed(l.Code), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var l in lines)
        {
            var reason = l.Code.Length == 0 ? "缺少职业代码"
                : occupations.Find(l.Code) is null && occupations.Find(OccupationCodes.Padded(l.Code)) is null ? "职业代码不在《职业分类大典（2022年版）》中"
                : seen.Contains(OccupationCodes.Trimmed(l.Code)) ? "职业代码在文件中重复出现"
                : !Whole(l.Low, out var low) ? "低位数不是整数"
                : !Whole(l.Median, out var median) ? "中位数不是整数"
                : !Whole(l.High, out var high) ? "高位数不是整数"
                : !(low > 0 && low <= median && median <= high) ? "须满足 0 < 低位数 ≤ 中位数 ≤ 高位数"
                : null;
            if (reason is null)
                valid.Add((OccupationCodes.Trimmed(l.Code), int.Parse(l.Low, CultureInfo.InvariantCulture), int.Parse(l.Median, CultureInfo.InvariantCulture), int.Parse(l.High, CultureInfo.InvariantCulture)));
            else
                rejected.Add(new WageRejection(l.Line, l.Code, reason));
        }
        return (valid, rejected);
    }

    /// <summary>A whole number of yuan: "5100", or "5100.0" as a spreadsheet stores it; not 5100.5, not "5,100".</summary>
    private static bool Whole(string text, out int value)
    {
        value = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            || d != decimal.Truncate(d) || d is > int.MaxValue or < int.MinValue)
            return false;
        value = (int)d;
        return true;
    }
}
