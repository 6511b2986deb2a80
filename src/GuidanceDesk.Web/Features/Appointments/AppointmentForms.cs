using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>
/// 预约登记表 (7.2.2a) as a PDF: the form the archive keeps for each appointment. Identifiers are printed masked;
/// printing counts as reading the worker's record and is audited.
/// </summary>
public sealed class AppointmentForms(AppDbContext db, AppointmentQueries queries, WorkerQueries workers, PdfFormFactory pdf, AgencyClock clock)
{
    public const string FormNumber = "表号：GD-7.2.2a";

    public async Task<byte[]> RegistrationFormAsync(long id, CancellationToken ct)
    {
        var a = await queries.GetAsync(id, ct);
        var w = await workers.GetAsync(a.WorkerId, audited: true, ct);
        var unit = await db.ServiceUnits.Where(u => u.Id == a.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var inv = CultureInfo.InvariantCulture;
        var form = pdf.Create("职业指导预约登记表", clock.Now.ToString("yyyy-MM-dd HH:mm", inv))
            .Subtitle("服务机构：" + unit, FormNumber + "　编号：" + a.Id.ToString(inv))
            .Section("劳动者信息")
            .Row("姓名", w.Name, "性别", Labels.Of(w.Gender))
            .Row("身份证号码", w.IdNumber, "联系电话", w.Phone ?? "")
            .Row("文化程度", Labels.Of(w.Education), "就业状态", Labels.Of(w.EmploymentStatus))
            .Row("特定群体", w.SpecialGroups.Count == 0 ? "无" : string.Join("、", w.SpecialGroups.Select(g => Labels.Groups.First(x => x.Group == g).Label)),
                "优先服务", a.IsPriority ? "是（就业援助对象，7.1.11）" : "否")
            .Section("预约信息")
            .Row("预约方式", GuidanceLabels.Of(a.Source), "服务方式", Labels.Of(a.Channel))
            .Row("预约时间", Fmt.Time(a.StartsAt) + " – " + AgencyClock.ToLocal(a.EndsAt).ToString("HH:mm", inv), "职业指导人员", a.CounselorName)
            .CheckBoxes("预约事项", Enum.GetValues<ServiceItems>().Where(i => (i & ServiceItemSets.ForWorkers) == i && i != ServiceItems.None)
                .Select(i => (GuidanceLabels.Of(i), a.Purposes.Contains(i))))
            .Text("求职困惑与需求", a.DifficultyNote ?? "", 4)
            .Row("预约状态", GuidanceLabels.Of(a.Status) + (a.CancelReason is { } r ? "（" + r + "）" : ""), "登记时间", Fmt.Time(a.CreatedAt))
            .Signatures(Fmt.Date(a.CreatedAt))
            .Note("本表依据 T/CQTSHRA 002-2024 第7.2.2条a)归入劳动者职业指导档案。个人信息已按规定遮蔽。");
        return form.ToBytes();
    }
}
