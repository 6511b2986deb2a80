using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Pdf;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// 职业介绍信 (GB/T 33535 job referral): what the worker takes to the employer, with the employer's reply slip (回执)
/// below, to be sent back to the agency. The ID number is printed masked: the employer needs to know that the person
/// is who the agency sent, not their full number. Only a placement that was referred has a letter; printing is audited.
/// </summary>
public sealed class ReferralLetter(AppDbContext db, PlacementAccess access, PersonalDataProtector protector, PdfFormFactory pdf,
    AgencyClock clock, MatchNames names)
{
    public const string FormNumber = "表号：GD-7.1.4";

    public async Task<byte[]> PrintAsync(long id, CancellationToken ct)
    {
        var p = await access.Scope(db.Placements).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (p.Status == PlacementStatus.Proposed || p.ReferredAt is null)
            throw new DomainRuleException("请先出具推荐信（推荐状态为“已推荐”后可下载）", "status");
        var w = await db.Workers.Where(x => x.Id == p.WorkerId).Select(x => new { x.Name, x.Gender, x.DateOfBirth, x.Education, Id = x.IdNumber.Cipher })
            .FirstAsync(ct);
        var v = await db.Vacancies.Where(x => x.Id == p.VacancyId)
            .Select(x => new { x.Title, x.OccupationCode, x.DistrictCode, x.PayMin, x.PayMax, x.WorkingHours }).FirstAsync(ct);
        var employer = await db.Employers.Where(e => e.Id == p.EmployerId).Select(e => new { e.Name, e.Address }).FirstAsync(ct);
        var unit = await db.ServiceUnits.Where(u => u.Id == p.ServiceUnitId).Select(u => new { u.Name, u.Phone, u.Address }).FirstAsync(ct);
        var counselor = p.CounselorId is { } cid ? await db.StaffMembers.Where(s => s.Id == cid).Select(s => s.Name).FirstOrDefaultAsync(ct) : null;
        access.Read(p, "referral-letter");
        var inv = CultureInfo.InvariantCulture;
        var issued = Fmt.Date(p.ReferredAt.Value);
        return pdf.Create("职业介绍信", clock.Now.ToString("yyyy-MM-dd HH:mm", inv))
            .Subtitle("服务机构：" + unit.Name, FormNumber + "　推荐编号：" + p.Id.ToString(inv))
            .Text("致用人单位", $"{employer.Name}：兹介绍 {w.Name} 前往贵单位应聘“{v.Title}”岗位，请予接洽。面试后请填写下方回执并寄回或送回本机构。", 2)
            .Section("一、求职者")
            .Row("姓名", w.Name, "身份证号码", Mask.IdNumber(protector.Unprotect(w.Id)))
            .Row("性别", Labels.Of(w.Gender), "学历", Labels.Of(w.Education))
            .Section("二、推荐岗位")
            .Row("用人单位", employer.Name, "单位地址", employer.Address)
            .Row("岗位名称", v.Title, "职业代码", v.OccupationCode ?? "")
            .Row("工作地点", names.District(v.DistrictCode), "月薪（元）", $"{v.PayMin.ToString("N0", inv)}–{v.PayMax.ToString("N0", inv)}")
            .Section("三、推荐机构")
            .Row("职业指导人员", counselor ?? "", "联系电话", unit.Phone)
            .Row("推荐日期", issued, "机构地址", unit.Address)
            .Signatures(["推荐机构（盖章）"], issued)
            .Gap(14)
            .Section("回执（由用人单位填写后寄回推荐机构）")
            .Row("求职者", w.Name, "推荐编号", p.Id.ToString(inv))
            .CheckBoxes("面试结果", [("已面试", false), ("录用", false), ("未录用", false), ("未到面试", false)])
            .Row("入职日期", "", "月工资（元）", "")
            .Text("未录用原因", null, 2)
            .Signatures(["用人单位（盖章）", "经办人签名"], null)
            .Note("本信依据 GB/T 33535 职业介绍服务规范及 T/CQTSHRA 002-2024 第7.1.4条出具；求职者身份证号码已作遮蔽处理。")
            .ToBytes();
    }
}
