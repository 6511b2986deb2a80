using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>One kind of data held about the worker, with every record of it (the JSON file) and how many (the page).</summary>
public sealed record MyDataCategory(string Key, string Title, string Description, int Count, IReadOnlyList<object> Items);

/// <summary>Everything held about one worker (PIPL arts. 44–45): their record unmasked (it is themself), then each category.</summary>
public sealed record MyDataDocument(string Format, DateTimeOffset GeneratedAt, WorkerView Person, object? Account,
    IReadOnlyList<MyDataCategory> Categories, IReadOnlyList<string> NotIncluded);

/// <summary>
/// 我的数据: gathers every record about the signed-in worker from every area — the records themselves, as stored, so
/// that nothing is left out by a summary — and writes them as one UTF-8 JSON file. Identifiers are written in clear:
/// the reader is the person they identify. Reading the summary and downloading the file are both audited. The
/// risk-alert trail (8.2) is not given out here: it may concern other people's safety, and is shown on written request.
/// </summary>
public sealed class MyDataExport(AppDbContext db, CurrentUser user, WorkerQueries workers, RequestQueries requests, AccessLog access,
    AuditLog audit, PersonalDataProtector protector, TimeProvider time)
{
    public const string Format = "guidancedesk-my-data/1";

    private readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The reader is a person with a text editor: Chinese stays readable (the file is a download, never HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter(), new ProtectedValueConverter(protector) },
    };

    /// <summary>For the page: the document, audited as a view of the worker's own record.</summary>
    public async Task<MyDataDocument> ViewAsync(CancellationToken ct)
    {
        var (self, unit) = await SelfAsync(ct);
        var doc = await BuildAsync(self, ct);
        audit.Read(AuditAction.View, WorkerHandlers.EntityType, Fmt.Id(self), unit, "self; my-data");
        return doc;
    }

    /// <summary>The file: UTF-8 JSON, audited as an export.</summary>
    public async Task<byte[]> ExportAsync(CancellationToken ct)
    {
        var (self, unit) = await SelfAsync(ct);
        var doc = await BuildAsync(self, ct);
        audit.Read(AuditAction.Export, WorkerHandlers.EntityType, Fmt.Id(self), unit, "self; my-data.json");
        return JsonSerializer.SerializeToUtf8Bytes(doc, _json);
    }

    private async Task<(long, long)> SelfAsync(CancellationToken ct)
    {
        var self = user.IsInRole(Roles.Worker) && user.WorkerId is { } w ? w : throw new ForbiddenException("请以劳动者身份登录");
        var unit = await db.Workers.Where(x => x.Id == self).Select(x => (long?)x.ServiceUnitId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        return (self, unit);
    }

    private async Task<MyDataDocument> BuildAsync(long id, CancellationToken ct)
    {
        var person = await workers.GetAsync(id, audited: false, ct);
        var account = await db.Users.AsNoTracking().Where(u => u.WorkerId == id)
            .Select(u => new { u.UserName, u.Email, u.PhoneNumber, u.TwoFactorEnabled, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        var cases = await db.GuidanceCases.AsNoTracking().Where(c => c.WorkerId == id).OrderBy(c => c.Id).ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.WorkerId == id).OrderBy(a => a.Id).ToListAsync(ct);
        var assessmentIds = assessments.Select(a => a.Id).ToList();
        var answers = (await db.AssessmentAnswers.AsNoTracking().Where(a => assessmentIds.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var key = Fmt.Id(id);
        var surveys = await db.SatisfactionSurveys.AsNoTracking().Where(s => s.WorkerId == id).OrderBy(s => s.Id).ToListAsync(ct);
        var surveyIds = surveys.Select(s => s.Id).ToList();
        var responses = await db.SatisfactionResponses.AsNoTracking().Where(r => surveyIds.Contains(r.SurveyId))
            .Select(r => new { r.SurveyId, r.RespondedAt, r.Mode, r.Answers, r.Comment }).ToDictionaryAsync(r => r.SurveyId, ct);
        var categories = new List<MyDataCategory>
        {
            Of("intentions", "求职意向", "您希望从事的职业、工作地点和期望月薪。", person.JobIntentions),
            Of("experience", "工作经历", "登记时填写的工作单位、职业和时间。", person.WorkExperiences),
            Of("consents", "授权记录", "服务协议、测评、转介、录音录像和自动化推荐的同意与撤回。",
                await db.ConsentRecords.AsNoTracking().Where(c => c.WorkerId == id).OrderBy(c => c.Id).ToListAsync(ct)),
            Of("appointments", "预约", "预约登记、到场、改约和取消。",
                await db.Appointments.AsNoTracking().Where(a => a.WorkerId == id).OrderBy(a => a.Id).ToListAsync(ct)),
            Of("cases", "个案", "个案的信息搜集、需求分析、指导目标、阶段和结案情况。", cases),
            Of("guidanceRecords", "指导服务记录", "每次指导服务的内容、建议和下一步。",
                await db.GuidanceRecords.AsNoTracking().Where(r => r.WorkerId == id).OrderBy(r => r.Id).ToListAsync(ct)),
            Of("plans", "就业计划", "就业计划、行动项和您的同意。",
                await db.EmploymentPlans.AsNoTracking().Where(p => p.WorkerId == id).OrderBy(p => p.Id).ToListAsync(ct)),
            Of("followUps", "跟进", "跟进和您的近况反馈。",
                await db.FollowUps.AsNoTracking().Where(f => f.WorkerId == id).OrderBy(f => f.Id).ToListAsync(ct)),
            Of("messages", "留言", "您与职业指导人员之间的留言。",
                await db.CaseMessages.AsNoTracking().Where(m => caseIds.Contains(m.CaseId)).OrderBy(m => m.Id).ToListAsync(ct)),
            Of("notifications", "发给您的通知", "短信和站内通知。",
                await db.OutboxMessages.AsNoTracking().Where(m => m.RecipientKind == RecipientKind.Worker && m.RecipientId == key).OrderBy(m => m.Id)
                    .Select(m => new { m.Channel, m.Subject, m.Body, m.CreatedAt, m.SentAt, m.ReadAt }).ToListAsync(ct)),
            Of("assessmentPlans", "测评方案", "测评目的、方式和您的同意。",
                await db.AssessmentPlans.AsNoTracking().Where(p => p.WorkerId == id).OrderBy(p => p.Id).ToListAsync(ct)),
            Of("assessments", "测评", "测评和您的每一个答案、得分。",
                [.. assessments.Select(a => new { Assessment = a, Answers = answers[a.Id].OrderBy(x => x.ItemIndex).Select(x => new { x.ItemIndex, x.Value, x.AnsweredAt }) })]),
            Of("reports", "职业倾向分析报告", "报告、综合评价、建议职业和您的意见。",
                await db.CareerTendencyReports.AsNoTracking().Where(r => r.WorkerId == id).OrderBy(r => r.Id).ToListAsync(ct)),
            Of("referrals", "个案转介", "转介表、您的同意和转介结果。",
                await db.CaseReferrals.AsNoTracking().Where(r => r.WorkerId == id).OrderBy(r => r.Id).ToListAsync(ct)),
            Of("placements", "职业介绍", "推荐给您的岗位、介绍信和结果。",
                await db.Placements.AsNoTracking().Where(p => p.WorkerId == id).OrderBy(p => p.Id).ToListAsync(ct)),
            Of("training", "培训推荐", "推荐给您的培训课程。",
                await db.TrainingRecommendations.AsNoTracking().Where(r => r.WorkerId == id).OrderBy(r => r.Id).ToListAsync(ct)),
            Of("groupSessions", "团体指导", "报名、到场和录音录像的情况。",
                await (from p in db.GroupSessionParticipants.AsNoTracking() where p.WorkerId == id
                       join s in db.GroupSessions on p.GroupSessionId equals s.Id
                       orderby p.Id
                       select new { s.Topic, s.StartsAt, s.Channel, Participant = p }).ToListAsync(ct)),
            Of("surveys", "满意度调查", "邀请和您的回答。", surveys.Select(s => new { Survey = s, Response = responses.GetValueOrDefault(s.Id) })),
            Of("complaints", "投诉", "您提出的投诉和答复。",
                await db.Complaints.AsNoTracking().Where(c => c.WorkerId == id).OrderBy(c => c.Id).ToListAsync(ct)),
            Of("archive", "档案资料（目录）", "归档资料的种类、标题、保管期限和文件校验值（7.2.2）；文件本身可向服务单位申请查阅。",
                await db.ArchiveItems.AsNoTracking().Where(i => i.WorkerId == id).OrderBy(i => i.Id)
                    .Select(i => new
                    {
                        i.Id, i.Kind, i.Title, i.CaseId, i.CreatedAt, i.RetainUntil, i.DisposedAt,
                        Versions = i.Versions.Select(v => new { v.Number, v.AddedAt, v.File.FileName, v.File.Type, v.File.Length, v.File.Sha256 }),
                    }).ToListAsync(ct)),
            Of("requests", "个人信息请求", "您提出的更正和删除请求及办理情况。", await requests.MineAsync(ct)),
            Of("accessLog", "访问记录", "工作人员查看和修改您的信息的记录（最近200条）。", (await access.MineAsync(1, 200, ct)).Items),
        };
        return new MyDataDocument(Format, time.GetUtcNow(), person, account, categories,
            ["安全风险处置记录（标准 8.2）：可能涉及他人安全，不在网上提供；如需查阅，请向服务单位书面申请。"]);
    }

    private static MyDataCategory Of<T>(string key, string title, string description, IEnumerable<T> items) where T : notnull
    {
        var list = items.Cast<object>().ToList();
        return new MyDataCategory(key, title, description, list.Count, list);
    }

    /// <summary>An identifier held encrypted (a complaint's phone) is written in clear: it is the reader's own.</summary>
    private sealed class ProtectedValueConverter(PersonalDataProtector protector) : JsonConverter<ProtectedValue>
    {
        public override ProtectedValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, ProtectedValue value, JsonSerializerOptions options) =>
            writer.WriteStringValue(protector.Unprotect(value.Cipher));
    }
}
