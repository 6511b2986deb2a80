using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// Administration: the worker's answers are saved one at a time as given (so closing the browser loses nothing), the
/// completed inventory is scored once, a paper sheet is keyed in by staff. Saving an answer is two short statements
/// without tracking, since 500 workers answering at once must each be served within 50 ms.
/// </summary>
public sealed class AnswerHandlers(AppDbContext db, AssessmentAccess access, InstrumentCatalog catalog, TimeProvider time)
{
    public async Task SaveAnswerAsync(long id, AnswerRequest r, CancellationToken ct)
    {
        if (!access.IsWorker)
            throw new NotFoundException("只有劳动者本人可以在线作答");
        var a = await access.Assessments().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Status,
                x.InstrumentId,
                x.ItemCount,
                x.Administration,
                Consented = db.AssessmentPlans.Where(p => p.Id == x.PlanId)
                    .Any(p => db.ConsentRecords.Any(c => c.Id == p.ConsentRecordId && c.WithdrawnAt == null)),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("测评不存在或无权查看");
        if (a.Status is AssessmentStatus.Completed or AssessmentStatus.Voided)
            throw new DomainRuleException(a.Status == AssessmentStatus.Completed ? "该测评已提交，答案不能再修改" : "该测评已作废", "answers");
        if (!a.Consented)
            throw new DomainRuleException("测评授权已撤回，不能继续作答", "consent");
        var definition = await catalog.GetAsync(db, a.InstrumentId, ct);
        var item = r.Item!.Value;
        var value = r.Value!.Value;
        if (item >= a.ItemCount)
            throw new DomainRuleException("题号不正确", nameof(r.Item));
        if (value < definition.ResponseScale.Min || value > definition.ResponseScale.Max)
            throw new DomainRuleException($"选项应在 {definition.ResponseScale.Min}–{definition.ResponseScale.Max} 之间", nameof(r.Value));
        var now = time.GetUtcNow();
        if (a.Status == AssessmentStatus.NotStarted)
        {
            var administration = r.AtHall ? Administration.Hall : a.Administration;
            await db.Assessments.Where(x => x.Id == id && x.Status == AssessmentStatus.NotStarted)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, AssessmentStatus.InProgress).SetProperty(x => x.StartedAt, now)
                    .SetProperty(x => x.Administration, administration).SetProperty(x => x.Version, x => x.Version + 1), ct);
        }
        await UpsertAsync(id, item, value, now, ct);
    }

    private async Task UpsertAsync(long id, int item, int value, DateTimeOffset now, CancellationToken ct)
    {
        var index = (short)item;
        var v = (short)value;
        if (await db.AssessmentAnswers.Where(x => x.AssessmentId == id && x.ItemIndex == index)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, v).SetProperty(x => x.AnsweredAt, now), ct) > 0)
            return;
        db.AssessmentAnswers.Add(new AssessmentAnswer(id, item, value, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Two saves of the same item raced (double click, retry): the later value wins.
            db.ChangeTracker.Clear();
            await db.AssessmentAnswers.Where(x => x.AssessmentId == id && x.ItemIndex == index)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, v).SetProperty(x => x.AnsweredAt, now), ct);
        }
    }

    /// <summary>The worker submits: every item must be answered; it is scored now and the scores kept.</summary>
    public async Task CompleteAsync(long id, CancellationToken ct)
    {
        if (!access.IsWorker)
            throw new NotFoundException("只有劳动者本人可以提交在线测评");
        var a = await access.AssessmentAsync(id, ct);
        a.EnsureOpen();
        var answers = await db.AssessmentAnswers.AsNoTracking().Where(x => x.AssessmentId == id).ToListAsync(ct);
        var definition = await catalog.GetAsync(db, a.InstrumentId, ct);
        var given = new int?[a.ItemCount];
        foreach (var x in answers)
            given[x.ItemIndex] = x.Value;
        var now = time.GetUtcNow();
        var (seconds, perItem) = AnswerTiming.Measure(a.StartedAt ?? now, answers.Select(x => x.AnsweredAt));
        if (answers.Count < a.ItemCount)
            throw new DomainRuleException($"还有 {a.ItemCount - answers.Count} 题未作答，请答完再提交", "answers");
        var sheet = InstrumentScorer.Score(definition, given, perItem);
        await FinishAsync(a, sheet, answers.Count, seconds, null, now, "completed", ct);
    }

    /// <summary>Staff key in a paper answer sheet; blanks are allowed and flagged (scales prorated when ≥ 80 % answered).</summary>
    public async Task EnterPaperAsync(long id, PaperSheetRequest r, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var a = await access.AssessmentAsync(id, ct);
        var definition = await catalog.GetAsync(db, a.InstrumentId, ct);
        var given = PaperSheet.Parse(r.Answers!, definition);
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        a.EnterOnPaper(now);
        await db.AssessmentAnswers.Where(x => x.AssessmentId == id).ExecuteDeleteAsync(ct);
        for (var i = 0; i < given.Length; i++)
        {
            if (given[i] is { } v)
                db.AssessmentAnswers.Add(new AssessmentAnswer(id, i, v, now));
        }
        var answered = given.Count(g => g is not null);
        var sheet = InstrumentScorer.Score(definition, given);
        await FinishAsync(a, sheet, answered, r.Minutes * 60, access.DisplayName, now, "paper", ct, tx);
    }

    public async Task VoidAsync(long id, ReasonRequest r, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var a = await access.AssessmentAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, a, r.Version);
        a.Void(r.Reason!);
        access.Changed(AssessmentAccess.AssessmentEntity, a.Id, a.ServiceUnitId, AuditAction.Update, "voided");
        await db.SaveChangesAsync(ct);
    }

    private async Task FinishAsync(Assessment a, ScoreSheet sheet, int answered, int? seconds, string? enteredBy, DateTimeOffset now,
        string what, CancellationToken ct, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? outer = null)
    {
        var tx = outer ?? await db.Database.BeginTransactionAsync(ct);
        try
        {
            a.Complete(sheet, answered, seconds, enteredBy, now);
            var plan = await db.AssessmentPlans.FirstAsync(p => p.Id == a.PlanId, ct);
            var othersOpen = await db.Assessments.AnyAsync(x => x.PlanId == plan.Id && x.Id != a.Id
                && (x.Status == AssessmentStatus.NotStarted || x.Status == AssessmentStatus.InProgress), ct);
            if (!othersOpen)
                plan.Complete(now);
            access.Changed(AssessmentAccess.AssessmentEntity, a.Id, a.ServiceUnitId, AuditAction.Update, what);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            if (outer is null)
                await tx.DisposeAsync();
        }
    }
}

/// <summary>Reads a keyed-in paper sheet: one character per item, a digit for the option, "-", "." or a space for a blank.</summary>
public static class PaperSheet
{
    public static int?[] Parse(string text, InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(definition);
        var chars = text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).TrimEnd();
        if (chars.Length > definition.Items.Count)
            throw new DomainRuleException($"录入了 {chars.Length} 个答案，该量表只有 {definition.Items.Count} 题", "answers");
        var result = new int?[definition.Items.Count];
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '-' or '.' or ' ')
                continue;
            if (c is < '0' or > '9' || c - '0' < definition.ResponseScale.Min || c - '0' > definition.ResponseScale.Max)
                throw new DomainRuleException($"第 {i + 1} 题的答案“{c}”不正确，应为 {definition.ResponseScale.Min}–{definition.ResponseScale.Max} 或“-”（未答）", "answers");
            result[i] = c - '0';
        }
        if (result.All(r => r is null))
            throw new DomainRuleException("答卷是空的", "answers");
        return result;
    }
}
