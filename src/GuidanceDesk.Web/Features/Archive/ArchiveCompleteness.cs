using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>For one kind of a case's archive: how many items what happened on the case calls for, and how many are filed.</summary>
public sealed record KindStatus(ArchiveKind Kind, int Required, int Filed)
{
    public int Missing => Math.Max(0, Required - Filed);
}

/// <summary>A case with something missing, for the custodian's list (the statuses are built when shown).</summary>
public sealed record IncompleteCase(long CaseId, long WorkerId, int[] Row)
{
    public IReadOnlyList<KindStatus> Kinds => ArchiveCompleteness.Statuses(Row);
}

/// <summary>
/// Which kinds of 7.2.2 a case's archive must hold, from what happened on it: a registration form per appointment (a),
/// a process record form per guidance record (c), a report per issued career-tendency report (e), a referral form
/// per referral sent (f), a satisfaction feedback form once the case is closed (g), a group recording per group session
/// the worker attended and agreed to be recorded in, when the service agreement lets the archive keep it (d); personal
/// materials (b) are kept when there are any. Counts are grouped queries over whole tables, merged in memory,
/// so the city's million cases are checked in one pass rather than a million lookups.
/// </summary>
public sealed class ArchiveCompleteness(AppDbContext db)
{
    public async Task<IReadOnlyList<KindStatus>> ForCaseAsync(long caseId, CancellationToken ct)
    {
        var result = await CheckAsync(db.GuidanceCases.Where(c => c.Id == caseId), ct);
        return result.Counts.TryGetValue(caseId, out var counts) ? Statuses(counts) : Statuses(new int[16]);
    }

    public sealed record Result(int Cases, IReadOnlyList<IncompleteCase> Incomplete, Dictionary<long, int[]> Counts);

    /// <summary>Checks every case of a unit (or of the city); returns the incomplete ones, oldest case first.</summary>
    public async Task<Result> ScanAsync(long? unitId, CancellationToken ct) =>
        await CheckAsync(unitId is null ? db.GuidanceCases : db.GuidanceCases.Where(c => c.ServiceUnitId == unitId), ct);

    /// <summary>The cases closed in [from, to) — the self-evaluation's measure of 7.2: a closed case's archive is final.</summary>
    public async Task<Result> ScanClosedAsync(long? unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var cases = db.GuidanceCases.Where(c => c.ClosedAt >= from && c.ClosedAt < to);
        return await CheckAsync(unitId is null ? cases : cases.Where(c => c.ServiceUnitId == unitId), ct);
    }

    private async Task<Result> CheckAsync(IQueryable<GuidanceCase> cases, CancellationToken ct)
    {
        // counts[caseId][kind] = required, counts[caseId][8 + kind] = filed (kinds are 1…7)
        var counts = new Dictionary<long, int[]>();
        var workers = new Dictionary<long, long>();
        var ids = cases.Select(c => c.Id);
        await foreach (var c in cases.Select(c => new { c.Id, c.WorkerId, Closed = c.ClosedAt != null }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var row = counts[c.Id] = new int[16];
            workers[c.Id] = c.WorkerId;
            row[(int)ArchiveKind.SatisfactionForm] = c.Closed ? 1 : 0;
        }

        async Task Add(IQueryable<CaseCount> source, int offset)
        {
            await foreach (var x in source.AsAsyncEnumerable().WithCancellation(ct))
            {
                if (counts.TryGetValue(x.CaseId, out var row))
                    row[offset + x.Kind] += x.Count;
            }
        }

        await Add(db.Appointments.Where(a => a.CaseId != null && ids.Contains(a.CaseId.Value)).GroupBy(a => a.CaseId!.Value)
            .Select(g => new CaseCount(g.Key, (int)ArchiveKind.AppointmentForm, g.Count())), 0);
        await Add(db.GuidanceRecords.Where(r => r.CaseId != null && ids.Contains(r.CaseId.Value)).GroupBy(r => r.CaseId!.Value)
            .Select(g => new CaseCount(g.Key, (int)ArchiveKind.ProcessRecord, g.Count())), 0);
        await Add(db.CareerTendencyReports.Where(r => r.Status == ReportStatus.Issued && r.CaseId != null && ids.Contains(r.CaseId.Value))
            .GroupBy(r => r.CaseId!.Value).Select(g => new CaseCount(g.Key, (int)ArchiveKind.AssessmentReport, g.Count())), 0);
        await Add(db.CaseReferrals.Where(r => r.SentAt != null && ids.Contains(r.CaseId)).GroupBy(r => r.CaseId)
            .Select(g => new CaseCount(g.Key, (int)ArchiveKind.ReferralForm, g.Count())), 0);
        // d: a recording per group session the worker attended, consented to being recorded in and whose service agreement
        // lets the archive keep it (7.2.1) — counted on the case it was filed on.
        await Add(db.GroupSessionParticipants.Where(p => p.RecordingCaseId != null && ids.Contains(p.RecordingCaseId.Value))
            .GroupBy(p => p.RecordingCaseId!.Value).Select(g => new CaseCount(g.Key, (int)ArchiveKind.GroupRecording, g.Count())), 0);
        // Filed: one item per source for generated kinds; any item for the others. An item disposed of at the end of its
        // term (or when the record was anonymised, 4.6.2b) was filed and kept as 7.2 asks: it still counts.
        await Add(db.ArchiveItems.Where(i => i.CaseId != null && ids.Contains(i.CaseId.Value))
            .GroupBy(i => new { CaseId = i.CaseId!.Value, i.Kind })
            .Select(g => new CaseCount(g.Key.CaseId, (int)g.Key.Kind, g.Count())), 8);

        var incomplete = counts.Where(c => HasMissing(c.Value)).OrderBy(c => c.Key)
            .Select(c => new IncompleteCase(c.Key, workers[c.Key], c.Value)).ToList();
        return new Result(counts.Count, incomplete, counts);
    }

    private static bool HasMissing(int[] row)
    {
        for (var k = 1; k < 8; k++)
        {
            if (row[k] > row[8 + k])
                return true;
        }

        return false;
    }

    internal static List<KindStatus> Statuses(int[] row) =>
        [.. Enum.GetValues<ArchiveKind>().Select(k => new KindStatus(k, row[(int)k], row[8 + (int)k]))];

    private sealed record CaseCount(long CaseId, int Kind, int Count);
}
