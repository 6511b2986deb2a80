using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.GroupSessions;
using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Pdf;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// Two group sessions (7.1.2) of the 渝中 centre: a policy talk next week whose materials (a generated PDF of policy
/// points, marked 示例) have gone to its four participants — the demo portal worker among them — and a job-search
/// workshop in three weeks without materials yet. A session whose date falls in a year the calendar does not know is
/// left out (its deadline cannot be computed).
/// </summary>
public static class DemoGroupSessions
{
    public static async Task SeedAsync(AppDbContext db, FileIntake intake, MaterialsDeadlines deadlines, PdfFormFactory pdf,
        IReadOnlyList<Worker> workers, StaffMember counselor, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var by = new Actor("demo", counselor.Name);
        var talk = New(deadlines, counselor, "2026年高校毕业生就业创业政策宣讲",
            ServiceItems.PolicyConsultation | ServiceItems.CareerGuidance, today.AddDays(7), new TimeOnly(14, 30), new TimeOnly(16, 0), 40,
            "渝中区就业和人才服务中心三楼多功能厅（示例）",
            "讲解高校毕业生就业见习补贴、一次性吸纳就业补贴、创业担保贷款等政策的申领条件和办理流程，现场答疑。", by, now);
        var workshop = New(deadlines, counselor, "求职技巧与简历制作工作坊", ServiceItems.CareerGuidance, today.AddDays(21),
            new TimeOnly(9, 30), new TimeOnly(11, 30), 25, "渝中区就业和人才服务中心二楼培训室（示例）",
            "如何写出一份清楚的简历、如何准备面试；请自带简历草稿。", by, now);

        if (talk is not null)
        {
            db.GroupSessions.Add(talk);
            foreach (var (w, consent) in new[] { (workers[0], true), (workers[2], false), (workers[4], true), (workers[6], false) })
            {
                long? consentId = null;
                if (consent)
                {
                    var record = new ConsentRecord(w.Id, ConsentKind.Recording, ArchiveScope.Audio | ArchiveScope.Video, today, Channel.Online,
                        "demo", $"同意团体指导活动「{talk.Topic}」录音录像（演示数据）", now);
                    db.ConsentRecords.Add(record);
                    await db.SaveChangesAsync(ct);
                    consentId = record.Id;
                }
                talk.Join(w.Id, consent ? ParticipantSource.Portal : ParticipantSource.Staff, consentId, now);
            }
            var file = await intake.AcceptGeneratedAsync(PolicyPoints(pdf, now), "高校毕业生就业创业政策要点.pdf", "demo", ct);
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(ct);
            talk.AddMaterial(file.Id, "高校毕业生就业创业政策要点（示例）", file.FileName, file.Length, by, now);
            talk.SendMaterials(today, now);
        }
        if (workshop is not null)
        {
            db.GroupSessions.Add(workshop);
            workshop.Join(workers[8].Id, ParticipantSource.Staff, null, now);
            workshop.Join(workers[10].Id, ParticipantSource.Portal, null, now);
        }
        await db.SaveChangesAsync(ct);
    }

    private static GroupSession? New(MaterialsDeadlines deadlines, StaffMember counselor, string topic, ServiceItems items, DateOnly day,
        TimeOnly from, TimeOnly to, int capacity, string place, string description, Actor by, DateTimeOffset now)
    {
        var details = new GroupSessionDetails(topic, items, description, AgencyClock.At(day, from), AgencyClock.At(day, to), Channel.Offline,
            place, null, capacity, counselor.Id);
        try
        {
            return new GroupSession(counselor.ServiceUnitId, details, deadlines.For(details.StartsAt), by, now);
        }
        catch (DomainRuleException)
        {
            return null; // the calendar does not know that year yet
        }
    }

    private static byte[] PolicyPoints(PdfFormFactory pdf, DateTimeOffset now) =>
        pdf.Create("高校毕业生就业创业政策要点（示例）", AgencyClock.ToLocal(now).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Subtitle("团体指导宣讲材料", "重庆市渝中区就业和人才服务中心")
            .Section("一、就业见习")
            .Text("政策内容", "离校2年内未就业高校毕业生可参加就业见习，见习期间由见习单位发放基本生活费，按规定享受就业见习补贴。（示例，以正式文件为准）")
            .Section("二、吸纳就业")
            .Text("政策内容", "用人单位招用毕业年度或离校2年内未就业高校毕业生，签订劳动合同并缴纳社会保险的，可按规定申领一次性吸纳就业补贴。（示例）")
            .Section("三、自主创业")
            .Text("政策内容", "符合条件的高校毕业生自主创业，可申请创业担保贷款及贴息、一次性创业补贴。（示例）")
            .Note("注：本材料为演示数据，政策以人力资源和社会保障部门正式发布的文件为准。")
            .ToBytes();
}
