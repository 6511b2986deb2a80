using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>
/// 9.2.1: the customer satisfaction index (GB/T 19038) of the responses in the period, with the configured weights;
/// the drivers in the importance–performance quadrant "优先改进" are named in the note. Judged against an index target
/// (default ≥ 80, warning from 70) rather than a share.
/// </summary>
public sealed class SatisfactionRule(AppDbContext db, SatisfactionIndex index, IOptions<ConformanceTargets> targets) : IConformanceRule
{
    public string Key => "satisfaction-index";
    public string Clause => "9.2.1";
    public string Title => "顾客满意指数";
    public int Order => 921;

    private IQueryable<SatisfactionResponse> Responses(ConformanceScope s) => db.SatisfactionResponses.AsNoTracking().InUnit(s.UnitId)
        .Where(r => r.RespondedAt >= s.Period.Start && r.RespondedAt < s.Period.End);

    public async Task<ConformanceRow> EvaluateAsync(ConformanceScope scope, CancellationToken ct)
    {
        var target = targets.Value.For(Key, ConformanceTargets.Threshold.Of(80, 70));
        var responses = await Responses(scope).CountAsync(ct);
        var value = await index.IndexOfAsync(Responses(scope), ct);
        var figure = value is { } v
            ? $"{v.ToString("0.0", CultureInfo.InvariantCulture)}（{responses.ToString(CultureInfo.InvariantCulture)} 份反馈）"
            : "期间内无满意度反馈";
        var level = target.Judge(value);
        return new ConformanceRow(Key, Clause, Title, figure, value, target.Describe("分"), level, responses,
            level is ConformanceLevel.Fail or ConformanceLevel.Warn ? responses : 0, "驱动因素与改进优先级见满意度分析页");
    }

    /// <summary>The lowest-scoring responses first (index under the pass mark fails), without who gave them.</summary>
    public async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var pass = targets.Value.For(Key, ConformanceTargets.Threshold.Of(80, 70)).Pass;
        var rows = await Responses(scope).OrderBy(r => r.Satisfaction).ThenBy(r => r.RespondedAt).Take(limit)
            .Select(r => new { r.Id, r.RespondedAt, r.Satisfaction, r.Quality, r.Channel }).ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var score = (r.Satisfaction - 1) / 9 * 100;
            return new DrillRow("满意度反馈 #" + r.Id.ToString(CultureInfo.InvariantCulture), null,
                $"总体满意度 {r.Satisfaction.ToString("0.#", CultureInfo.InvariantCulture)}/10，感知质量 {r.Quality.ToString("0.#", CultureInfo.InvariantCulture)}/10",
                r.RespondedAt, null, score < pass);
        })];
    }
}
