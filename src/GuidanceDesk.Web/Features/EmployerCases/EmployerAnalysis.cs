using System.Globalization;
using System.Text;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Market;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.EmployerCases;

/// <summary>
/// The figures a counselor's guidance to an employer rests on, written out as text that is kept with the record:
/// a vacancy's market position (6.2.1: supply/demand of its minor group in its district and in the city, wage guidance,
/// the hard-to-fill findings of 6.2.3) and the local workforce and pay levels for HR advice (6.2.4, 7.1.9).
/// </summary>
public sealed class EmployerAnalysis(AppDbContext db, SupplyDemandCells cells, HardToFillScan scan, WageLookup wages,
    OccupationCatalog occupations, DivisionCatalog divisions, AgencyClock clock)
{
    public async Task<string> VacancyAsync(Vacancy v, CancellationToken ct)
    {
        var quarter = Quarter.Of(clock.Today);
        var s = new StringBuilder();
        var district = divisions.FindDistrict(v.DistrictCode)?.Name ?? v.DistrictCode;
        s.AppendLine(F($"岗位：{v.Title}（{v.OccupationCode} {Name(v.OccupationCode)}，{district}），招聘 {v.Posts} 人、已录用 {v.Hired} 人，月薪 {v.PayMin:N0}–{v.PayMax:N0} 元"));
        if (v.MinorGroup is { } minor)
        {
            var local = SupplyDemandCells.Sum(await cells.LiveAsync(quarter.Start, quarter.End, new MarketFilter(minor, v.DistrictCode), ct));
            var city = SupplyDemandCells.Sum(await cells.LiveAsync(quarter.Start, quarter.End, new MarketFilter(minor, null), ct));
            s.AppendLine(F($"{quarter.Label}市场供求（{minor} {Name(minor)}）：{district} 需求 {local.Posts} 人、求职 {local.Seekers} 人，求人倍率 {ReportExport.Ratio(MarketRatio.Of(local.Posts, local.Seekers))}；全市 需求 {city.Posts} 人、求职 {city.Seekers} 人，求人倍率 {ReportExport.Ratio(MarketRatio.Of(city.Posts, city.Seekers))}"));
        }
        s.AppendLine(await WageLineAsync(v.OccupationCode, MarketRatio.Midpoint(v.PayMin, v.PayMax), ct));
        var assessment = await scan.AssessAsync(v, ct);
        foreach (var f in assessment.Findings)
            s.AppendLine(F($"· {f.Evidence}；{f.Suggestion}"));
        return s.ToString().TrimEnd();
    }

    /// <summary>7.1.9: the district's job seekers by education and experience, and the pay levels of the employer's posts.</summary>
    public async Task<string> WorkforceAsync(Employer employer, CancellationToken ct)
    {
        var s = new StringBuilder();
        var district = divisions.FindDistrict(employer.DistrictCode)?.Name ?? employer.DistrictCode;
        var seekers = db.SeekerIntentions.AsNoTracking().Where(x => x.IsSeeking && x.DistrictCode == employer.DistrictCode);
        var byEducation = await seekers.GroupBy(x => x.Education).Select(g => new { g.Key, Count = g.Select(x => x.WorkerId).Distinct().Count() }).ToListAsync(ct);
        var byYears = await seekers.GroupBy(x => x.ExperienceYears >= 5 ? 5 : x.ExperienceYears >= 1 ? 1 : 0)
            .Select(g => new { g.Key, Count = g.Select(x => x.WorkerId).Distinct().Count() }).ToListAsync(ct);
        var total = byEducation.Sum(e => e.Count);
        s.AppendLine(F($"{district}登记求职意向的未就业劳动者 {total} 人次。"));
        if (total > 0)
        {
            s.AppendLine("学历结构：" + string.Join("，", byEducation.OrderBy(e => e.Key).Select(e => F($"{Common.Labels.Of(e.Key)} {Share(e.Count, total)}"))));
            s.AppendLine("工作经验：" + string.Join("，", byYears.OrderBy(e => e.Key).Select(e => F($"{(e.Key == 0 ? "不足1年" : e.Key == 1 ? "1–4年" : "5年及以上")} {Share(e.Count, total)}"))));
        }
        var posts = await db.Vacancies.AsNoTracking().Where(v => v.EmployerId == employer.Id && v.Status == VacancyStatus.Open)
            .Select(v => new { v.Title, v.OccupationCode, v.PayMin, v.PayMax }).Take(10).ToListAsync(ct);
        foreach (var p in posts)
            s.AppendLine(F($"{p.Title}：") + await WageLineAsync(p.OccupationCode, MarketRatio.Midpoint(p.PayMin, p.PayMax), ct));
        return s.ToString().TrimEnd();
    }

    private async Task<string> WageLineAsync(string? code, int midpoint, CancellationToken ct)
    {
        var w = await wages.FindAsync(code, clock.Today.Year, ct);
        if (w is null)
            return "工资指导价位：暂无可用数据";
        var diff = midpoint - w.Median;
        return F($"工资指导价位（{w.Source}）：低位 {w.Low:N0}、中位 {w.Median:N0}、高位 {w.High:N0} 元；本岗位月薪中位 {midpoint:N0} 元，{(diff >= 0 ? "高于" : "低于")}中位数 {Math.Abs(diff):N0} 元");
    }

    private string Name(string? code) => code is null ? "" : (occupations.Find(code) ?? occupations.Find(OccupationCodes.Padded(code)))?.Name ?? "";

    private static string Share(int n, int total) => ((decimal)n / total).ToString("P0", CultureInfo.InvariantCulture);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
