using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// Answering a survey: the client's own open invitations in the portal and their submission, and a paper form typed in
/// by the unit's custodian, manager or head. One response per invitation (a second is 409), none after the deadline
/// (422), every item 1–10 (422 field by field). The response is filed in the archive by the filing job (7.2.2g).
/// </summary>
public sealed class SurveyHandlers(AppDbContext db, CurrentUser user, SurveyAccess access, AuditLog audit, TimeProvider time)
{
    public const string EntityType = "SatisfactionSurvey";

    public static readonly IReadOnlyList<SurveyItemView> Items =
        [.. SurveyItems.All.Select(i => new SurveyItemView(i.Code, SurveyItems.Name(i.Latent), i.Text, i.English, i.Reversed))];

    /// <summary>The portal user's invitations: open ones first, then the last answered ones.</summary>
    public async Task<IReadOnlyList<InvitationView>> MineAsync(bool openOnly, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var q = Mine();
        if (openOnly)
            q = q.Where(s => s.RespondedAt == null && s.ExpiresAt > now);
        var rows = await q.OrderBy(s => s.RespondedAt != null).ThenByDescending(s => s.InvitedAt).Take(50)
            .Join(db.ServiceUnits, s => s.ServiceUnitId, u => u.Id, (s, u) => new { s, u.Name }).ToListAsync(ct);
        return [.. rows.Select(x => View(x.s, x.Name, now))];
    }

    public async Task<SurveyFormView> FormAsync(long id, CancellationToken ct)
    {
        var s = await Mine().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var unit = await db.ServiceUnits.Where(u => u.Id == s.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        return new SurveyFormView(View(s, unit, time.GetUtcNow()), Items);
    }

    public async Task SubmitAsync(long id, SurveyAnswersRequest r, CancellationToken ct)
    {
        var s = await Mine().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        await RespondAsync(s, r, ResponseMode.Portal, null, ct);
    }

    /// <summary>A paper form typed in by the unit's custodian, manager or head.</summary>
    public async Task EnterPaperAsync(long id, SurveyAnswersRequest r, CancellationToken ct)
    {
        var s = await db.SatisfactionSurveys.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        access.EnsureCanEnter(s);
        var filled = r.FilledOn is { } d ? AgencyClock.At(d, new TimeOnly(12, 0)) : (DateTimeOffset?)null;
        if (filled > time.GetUtcNow().AddDays(1))
            throw new DomainRuleException("填表日期不能晚于今天", nameof(r.FilledOn));
        await RespondAsync(s, r, ResponseMode.Paper, access.UserId, ct, filled);
    }

    /// <summary>The unit's open invitations, for finding the one a paper form answers (no answers are shown).</summary>
    public async Task<IReadOnlyList<InvitationView>> OpenForUnitAsync(CancellationToken ct)
    {
        if (!access.CanEnterPaper)
            throw new ForbiddenException("纸质满意度反馈表由档案管理员或专业管理人员录入");
        var now = time.GetUtcNow();
        var q = db.SatisfactionSurveys.Where(s => s.RespondedAt == null && s.ExpiresAt > now.AddDays(-30));
        if (access.UnitId is { } u)
            q = q.Where(s => s.ServiceUnitId == u);
        var rows = await q.OrderByDescending(s => s.InvitedAt).Take(200)
            .Join(db.ServiceUnits, s => s.ServiceUnitId, u => u.Id, (s, u) => new { s, u.Name }).ToListAsync(ct);
        return [.. rows.Select(x => View(x.s, x.Name, now))];
    }

    private async Task RespondAsync(SatisfactionSurvey s, SurveyAnswersRequest r, ResponseMode mode, string? enteredBy, CancellationToken ct,
        DateTimeOffset? filledOn = null)
    {
        if (s.IsAnswered)
            throw new ConflictException("该满意度调查已提交，不能重复提交", "id");
        var now = time.GetUtcNow();
        if (s.IsExpired(filledOn ?? now))
            throw new DomainRuleException($"该满意度调查已于 {Common.Fmt.Time(s.ExpiresAt)} 截止，不能再提交", "expiresAt");
        var answers = r.Ordered();
        var errors = SurveyItems.Check(answers, r.Comment);
        if (errors.Count > 0)
            throw new InvalidContentException("反馈表有未填或不正确的评分，请按提示修改", errors, "urn:guidancedesk:survey-answers");
        var response = s.Respond([.. answers.Select(a => a!.Value)], r.Comment, mode, enteredBy, now, filledOn);
        db.SatisfactionResponses.Add(response);
        // The audit says that a form was answered and how, never what was answered.
        audit.Changed(db, AuditAction.Create, EntityType, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.ServiceUnitId,
            "responded:" + mode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) || e is DbUpdateConcurrencyException)
        {
            throw new ConflictException("该满意度调查已提交，不能重复提交", "id");
        }
    }

    private IQueryable<SatisfactionSurvey> Mine()
    {
        if (user.IsInRole(Roles.Worker) && user.WorkerId is { } w)
            return db.SatisfactionSurveys.Where(s => s.WorkerId == w);
        if (user.IsInRole(Roles.Employer) && user.EmployerId is { } e)
            return db.SatisfactionSurveys.Where(s => s.EmployerId == e);
        return db.SatisfactionSurveys.Where(_ => false);
    }

    private static InvitationView View(SatisfactionSurvey s, string unit, DateTimeOffset now) =>
        new(s.Id, SurveyLabels.Of(s.Occasion), unit, s.InvitedAt, s.ExpiresAt, s.IsAnswered, !s.IsAnswered && s.IsExpired(now));
}
