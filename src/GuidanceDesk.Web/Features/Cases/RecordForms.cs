using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>职业指导过程记录表 (7.2.2c) as a PDF, one per guidance record; printing is an audited read.</summary>
public sealed class RecordForms(AppDbContext db, CaseAccess access, WorkerQueries workers, PdfFormFactory pdf, AgencyClock clock)
{
    public const string FormNumber = "表号：GD-7.2.2c";

    public async Task<byte[]> ProcessRecordAsync(long caseId, long recordId, CancellationToken ct)
    {
        var c = await access.LoadAsync(caseId, ct);
        var r = await db.GuidanceRecords.AsNoTracking().FirstOrDefaultAsync(x => x.Id == recordId && x.WorkerId == c.WorkerId, ct)
            ?? throw new NotFoundException();
        var w = await workers.GetAsync(c.WorkerId, audited: true, ct);
        var unit = await db.ServiceUnits.Where(u => u.Id == c.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var counselor = await db.StaffMembers.Where(s => s.Id == r.CounselorId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        var inv = CultureInfo.InvariantCulture;
        var form = pdf.Create("职业指导过程记录表", clock.Now.ToString("yyyy-MM-dd HH:mm", inv))
            .Subtitle("服务机构：" + unit, FormNumber + "　个案编号：" + c.Id.ToString(inv))
            .Row("劳动者", w.Name, "身份证号码", w.IdNumber)
            .Row("服务类别", CaseTimeline.KindName(r.Kind), "服务方式", Labels.Of(r.Channel))
            .Row("服务时间", Fmt.Time(r.OccurredAt), "时长", r.DurationMinutes.ToString(inv) + " 分钟")
            .Row("职业指导人员", counselor ?? "", "个案阶段", StageNames.Of(c.Stage))
            .CheckBoxes("服务项目", Enum.GetValues<ServiceItems>().Where(i => (i & ServiceItemSets.ForWorkers) == i && i != ServiceItems.None)
                .Select(i => (GuidanceLabels.Of(i), r.ServiceItems.HasFlag(i))))
            .Text("服务内容", r.Content, 5)
            .Text("指导建议", r.Advice ?? "", 3)
            .Text("下一步安排", r.NextSteps ?? "", 2);
        if (r.Registration is { } reg)
            form = Registration(form, reg);
        return form.Signatures(Fmt.Date(r.OccurredAt))
            .Note("本表依据 T/CQTSHRA 002-2024 第7.2.2条c)归入劳动者职业指导档案。")
            .ToBytes();
    }

    private static PdfForm Registration(PdfForm form, ServiceRegistration reg)
    {
        form = form.Section("登记与服务信息");
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                form = form.Row(label, value);
        }
        Add("单位名称", reg.EmployerName);
        Add("统一社会信用代码", reg.EmployerCreditCode);
        Add("职业", reg.OccupationCode);
        Add("日期", reg.EffectiveOn is { } d ? Fmt.Date(d) : null);
        Add("就业形式", reg.EmploymentForm is { } f ? GuidanceLabels.Of(f) : null);
        Add("签订劳动合同", reg.ContractSigned is { } s ? (s ? "是" : "否") : null);
        Add("失业原因", reg.UnemploymentReason is { } u ? GuidanceLabels.Of(u) : null);
        Add("证件编号", reg.CertificateNumber);
        Add("机构", reg.ProviderName);
        Add("项目/岗位", reg.CourseOrProject);
        Add("援助措施", reg.Measure is { } m ? GuidanceLabels.Of(m) : null);
        Add("结果", reg.Result);
        return form;
    }
}
