using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>
/// The wage guidance that applies to an occupation in a year, and which row it came from: the tables do not list every
/// occupation, so the code falls back up the classification (occupation → minor → medium → major group); a year
/// whose table has not been imported yet uses the latest earlier year's table.
/// </summary>
public sealed record WageGuidanceView(string RequestedCode, int RequestedYear, string Code, string? Name, int Year, int Low, int Median, int High)
{
    public bool IsFallback => Code != RequestedCode || Year != RequestedYear;

    /// <summary>What the figures are, in the words the pages show, e.g. "2025年 2-02-01（小类）指导价位（本年度尚未导入）".</summary>
    public string Source => $"{Year}年 {Code} {Name}" + (Year != RequestedYear ? $"（{RequestedYear}年尚未导入，沿用{Year}年）" : "")
        + (Code != RequestedCode ? $"（{RequestedCode} 无单列价位，取上级分类）" : "");
}

public sealed class WageLookup(AppDbContext db, OccupationCatalog occupations)
{
    public async Task<WageGuidanceView?> FindAsync(string? occupationCode, int year, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(occupationCode))
            return null;
        var code = OccupationCodes.Trimmed(occupationCode);
        var year2 = await db.WageGuidance.AsNoTracking().Where(w => w.Year <= year).MaxAsync(w => (int?)w.Year, ct);
        if (year2 is not { } used)
            return null;
        var chain = Chain(code);
        var rows = await db.WageGuidance.AsNoTracking().Where(w => w.Year == used && chain.Contains(w.OccupationCode)).ToListAsync(ct);
        var row = chain.Select(c => rows.FirstOrDefault(r => r.OccupationCode == c)).FirstOrDefault(r => r is not null);
        return row is null ? null
            : new WageGuidanceView(code, year, row.OccupationCode, NameOf(row.OccupationCode), row.Year, row.Low, row.Median, row.High);
    }

    private string? NameOf(string code) => (occupations.Find(code) ?? occupations.Find(OccupationCodes.Padded(code)))?.Name;

    /// <summary>The code and its groups, most specific first.</summary>
    public static List<string> Chain(string code) =>
        [.. new[] { code, OccupationGroups.MinorOf(code), OccupationGroups.MediumOf(code), OccupationGroups.MajorOf(code) }
            .OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Every row of the year whose table applies to <paramref name="year"/>, by code (for scans over many vacancies).</summary>
    public async Task<(int? Year, Dictionary<string, WageGuidance> Rows)> TableAsync(int year, CancellationToken ct)
    {
        var used = await db.WageGuidance.AsNoTracking().Where(w => w.Year <= year).MaxAsync(w => (int?)w.Year, ct);
        if (used is null)
            return (null, []);
        var rows = await db.WageGuidance.AsNoTracking().Where(w => w.Year == used).ToDictionaryAsync(w => w.OccupationCode, StringComparer.Ordinal, ct);
        return (used, rows);
    }

    public static WageFacts? Pick(Dictionary<string, WageGuidance> rows, string? code) =>
        code is null ? null : Chain(OccupationCodes.Trimmed(code)).Select(c => rows.GetValueOrDefault(c)).OfType<WageGuidance>()
            .Select(w => new WageFacts(w.OccupationCode, w.Year, w.Low, w.Median, w.High)).FirstOrDefault();
}
