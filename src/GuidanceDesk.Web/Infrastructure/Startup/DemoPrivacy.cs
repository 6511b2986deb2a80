using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's privacy requests (4.6.2b): worker2 asked yesterday to correct their address, so the head's and managers'
/// queue (信息请求) has something to handle and worker2's 我的数据 shows a request in progress.
/// </summary>
public static class DemoPrivacy
{
    public static async Task SeedAsync(AppDbContext db, PersonalDataProtector protector, Worker worker2, DateOnly today, DateTimeOffset now,
        CancellationToken ct)
    {
        // About three calendar weeks: fifteen working days, as the handler counts them with the calendar.
        db.DataSubjectRequests.Add(new DataSubjectRequest(worker2.ServiceUnitId, worker2.Id, DataRequestKind.Correction, CorrectionField.ResidenceAddress,
            protector.Protect("大坪正街118号2单元（示例）"), "（示例）已搬家，请更新居住地址。", today.AddDays(20), worker2.Name, now.AddDays(-1)));
        await db.SaveChangesAsync(ct);
    }
}
