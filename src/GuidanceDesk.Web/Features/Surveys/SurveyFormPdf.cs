using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// 满意度反馈表 (archive kind 7.2.2g) as a PDF: the occasion, every item with its 1–10 answer, the latent scores and the
/// comment. It names no counselor and no respondent: the archive item is the worker's, but read only by the unit's
/// custodian, managers and head.
/// </summary>
public sealed class SurveyFormPdf(AppDbContext db, PdfFormFactory pdf, AgencyClock clock)
{
    public const string FormNumber = "表号：GD-7.2.2g";

    public async Task<byte[]> RenderAsync(long responseId, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var r = await db.SatisfactionResponses.AsNoTracking().Include(x => x.Survey).FirstAsync(x => x.Id == responseId, ct);
        var unit = await db.ServiceUnits.AsNoTracking().Where(u => u.Id == r.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var form = pdf.Create("满意度反馈表", clock.Now.ToString("yyyy-MM-dd HH:mm", inv))
            .Subtitle("服务单位：" + unit, FormNumber + "　反馈编号：" + r.Id.ToString(inv))
            .Row("调查事由", SurveyLabels.Of(r.Occasion), "填写方式", SurveyLabels.Of(r.Mode))
            .Row("邀请日期", Fmt.Date(r.Survey.InvitedAt), "提交日期", Fmt.Date(r.RespondedAt))
            .Row("个案编号", r.CaseId?.ToString(inv) ?? "—", "服务渠道", Labels.Of(r.Channel))
            .Section("评分（1＝非常不满意／完全不同意，10＝非常满意／完全同意）");
        foreach (var item in SurveyItems.All)
            form = form.Row($"{SurveyItems.Name(item.Latent)}｜{item.Text}", r.Answers[item.Index].ToString(inv) + (item.Reversed ? "（反向计分）" : ""));
        form = form.Section("各维度得分（0–100）");
        foreach (var l in SurveyItems.Latents)
            form = form.Row(SurveyItems.Name(l), IndexMath.Score(r.Score(l)).ToString("0.0", inv));
        return form.Text("意见和建议", r.Comment ?? "无", 3)
            .Note("本表依据 T/CQTSHRA 002-2024 第9.2.1条填写，并依据第7.2.2条g)归入职业指导档案；职业指导人员不查阅个人反馈。")
            .ToBytes();
    }
}
