using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// 个案转介表 (8.1.3, archive kind 7.2.2f) as a PDF: who refers to whom and why, the form's parts, the consent, the
/// records handed over and the chain so far. Built from a <see cref="ReferralView"/> the caller was allowed to read
/// (that read is audited), so a receiver in another unit prints it too.
/// </summary>
public sealed class ReferralFormPdf(AppDbContext db, PdfFormFactory pdf, AgencyClock clock)
{
    public const string FormNumber = "表号：GD-7.2.2f";

    public async Task<byte[]> RenderAsync(ReferralView v, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var w = await db.Workers.AsNoTracking().Where(x => x.Id == v.WorkerId)
            .Select(x => new { x.Name, x.Gender, x.DateOfBirth, x.Education, x.SpecialGroups }).FirstAsync(ct);
        var ids = await db.CaseReferrals.AsNoTracking().Where(r => r.Id == v.Id).Select(r => r.HandedOverRecordIds).FirstAsync(ct);
        var records = await db.GuidanceRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.OccurredAt)
            .Select(r => new { r.OccurredAt, r.Kind, r.Channel, r.Content }).ToListAsync(ct);
        var f = v.Form;
        var receiver = v.Target == ReferralTarget.Agency ? v.AgencyName : $"{v.ReceiverName}（{v.ReceiverUnitName}）";
        var form = pdf.Create("个案转介表", clock.Now.ToString("yyyy-MM-dd HH:mm", inv))
            .Subtitle("转出单位：" + v.SenderUnitName, FormNumber + "　转介编号：" + v.Id.ToString(inv) + "　个案编号：" + v.CaseId.ToString(inv))
            .Row("劳动者", w.Name, "性别 / 年龄", $"{Labels.Of(w.Gender)} / {Worker.AgeAt(w.DateOfBirth, clock.Today).ToString(inv)} 岁")
            .Row("文化程度", Labels.Of(w.Education), "紧急程度", ReferralLabels.Of(f.Urgency))
            .Row("转出人", v.SenderName, "填表日期", Fmt.Date(v.CreatedAt))
            .Row("转介对象", ReferralLabels.Of(v.Target), "接收方", receiver)
            .Row("接收方联系方式", v.AgencyContact ?? "")
            .CheckBoxes("转介原因（8.1.1）", Enum.GetValues<ReferralReason>().Select(r => (ReferralLabels.Of(r), r == v.Reason)))
            .Text("劳动者基本情况", f.WorkerSituation, 4)
            .Text("已开展的指导服务", f.GuidanceSoFar, 4)
            .Text("转介原因说明", f.ReasonDetail, 3)
            .Text("希望接收方提供的帮助", f.Request, 3)
            .Text("需要注意的风险", f.RiskNote ?? "无", 2)
            .Text("向劳动者说明的情况及劳动者意见（8.1.2）", f.ExplanationToWorker, 2)
            .Row("劳动者同意", v.ConsentAt is { } at ? $"已同意（{(v.ConsentChannel == Channel.Online ? "网上服务大厅" : "当面")}，{Fmt.Time(at)}）" : "尚未同意")
            .Section($"随附指导记录（8.1.3，共 {records.Count.ToString(inv)} 份）");
        foreach (var r in records)
            form = form.Row(Fmt.Time(r.OccurredAt) + " " + CaseTimeline.KindName(r.Kind), Short(r.Content) + "（" + Labels.Of(r.Channel) + "）");
        form = form.Section("转介经过");
        foreach (var e in v.Events)
            form = form.Row(Fmt.Time(e.At) + " " + ReferralLabels.Of(e.Kind), e.ByName + (e.Note is null ? "" : "：" + e.Note));
        if (v.InterviewAt is { } interview)
            form = form.Row("面谈时间", Fmt.Time(interview));
        if (v.Outcome is not null)
            form = form.Text("转介结果", v.Outcome, 2);
        return form.Signatures(["转出人", "接收人", "劳动者"], Fmt.Date(v.SentAt ?? v.CreatedAt))
            .Note("本表依据 T/CQTSHRA 002-2024 第8.1条填写，并依据第7.2.2条f)归入劳动者职业指导档案。")
            .ToBytes();
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
