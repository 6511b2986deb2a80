using System.Data.Common;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// <c>jsonshapes</c>: writes one case, plan, follow-up and record through the app's domain methods and EF (inside a
/// transaction that is rolled back) and prints the raw JSON and scalar columns EF stored, so that the bulk generator's
/// hand-written JSON can be compared with what the app itself writes. Run it against a scratch database.
/// </summary>
internal static class JsonShapes
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: !File.Exists(BenchTarget.KeyFile(o, Enum.Parse<DatabaseProvider>(o.Get("provider", "sqlite"), true))));
        await using var app = AppHost.Build(target, demoData: true);
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var worker = await db.Workers.OrderBy(w => w.Id).FirstAsync();
        var staff = await db.StaffMembers.Where(s => s.ServiceUnitId == worker.ServiceUnitId).OrderBy(s => s.Id).FirstAsync();
        var now = new DateTimeOffset(2026, 11, 20, 2, 3, 4, TimeSpan.Zero);
        var today = new DateOnly(2026, 11, 20);
        var by = new Actor("user-1", "李明");

        await using var tx = await db.Database.BeginTransactionAsync();
        var c = new GuidanceCase(worker.ServiceUnitId, worker.Id, Channel.Offline, by, "到大厅求助", now);
        c.Assign(staff.Id, by, "沿用劳动者登记的职业指导人员", false, now);
        c.RecordIntake(new IntakeNotes("失业三个月", "餐饮服务两年", "希望从事行政", Difficulties.UnclearDirection | Difficulties.Confidence, null), now);
        c.RecordChecklistItem("grad-contract", today, staff.Id, null, now);
        c.MoveTo(CaseStage.NeedsAssessment, new StageFacts(0, 0, false), by, "已完成信息搜集", now);
        c.RecordNeeds(ServiceItems.CareerGuidance | ServiceItems.TrainingGuidance, "需要明确方向", now);
        c.AddGoal("三个月内找到行政类工作", today.AddDays(90), now);
        c.ConfirmGoals(Channel.Offline, "王伟", now);
        c.Close(new CaseOutcome(OutcomeKind.Employed, "重庆某公司", null, "4-01-01-01", today, 4500, null), default, by, "已就业", now);
        db.GuidanceCases.Add(c);
        await db.SaveChangesAsync();
        var plan = new EmploymentPlan(worker.ServiceUnitId, c.Id, worker.Id, 1, null,
            new PlanTerms("找到工作", today, today.AddDays(60), 14, [new PlanActionTerms(ActionKind.JobSearch, "每周投递5份简历", today.AddDays(30))]), false, now);
        plan.Activate(new PlanAgreement(AgreementMethod.SignedInPerson, Channel.Offline, now, "王伟", "user-1"), today, now);
        plan.AdjustAction(1, ActionStatus.Done, today.AddDays(30), "完成", "user-1", today, now);
        db.EmploymentPlans.Add(plan);
        var record = new GuidanceRecord(worker.ServiceUnitId, worker.Id, c.Id, staff.Id, new GuidanceRecordDetails(ServiceKind.EmploymentRegistration,
            now, 30, Channel.Offline, ServiceItems.PolicyConsultation, "就业登记", null, null,
            new ServiceRegistration(EmployerName: "重庆某公司", EffectiveOn: today, EmploymentForm: EmploymentForm.Employee, ContractSigned: true)), "user-1", now, ServedAs.Of(worker));
        db.GuidanceRecords.Add(record);
        await db.SaveChangesAsync();
        var followUp = new FollowUp(worker.ServiceUnitId, c.Id, plan.Id, worker.Id, staff.Id, today);
        followUp.Record(Channel.Online, "电话跟进", null, EmploymentStatus.Unemployed, staff.Id, now);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();

        await PrintAsync(db, $"SELECT * FROM \"GuidanceCases\" WHERE \"Id\" = {c.Id}");
        await PrintAsync(db, $"SELECT * FROM \"EmploymentPlans\" WHERE \"Id\" = {plan.Id}");
        await PrintAsync(db, $"SELECT * FROM \"GuidanceRecords\" WHERE \"Id\" = {record.Id}");
        await PrintAsync(db, $"SELECT * FROM \"FollowUps\" WHERE \"Id\" = {followUp.Id}");
        await tx.RollbackAsync();
    }

    private static async Task PrintAsync(AppDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using DbDataReader reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(sql);
            for (var i = 0; i < reader.FieldCount; i++)
                Console.WriteLine($"  {reader.GetName(i)} [{reader.GetDataTypeName(i)}] = {(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}");
        }
    }
}
