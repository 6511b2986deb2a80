using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Bench.Generate;

internal sealed partial class CaseFactory
{
    private static readonly Weighted<int> CaseRecordKinds = new([(1, 70), (2, 10), (3, 8), (4, 5), (7, 3), (8, 2), (6, 2)]);
    private static readonly Weighted<int> LooseRecordKinds = new([(2, 50), (3, 20), (7, 15), (6, 10), (4, 5)]);

    /// <summary>Guidance records of the case: one in each window the stage rules require, the rest spread over the case.</summary>
    private DateTimeOffset RecordsFor(WorkerInfo w, CaseRow c, CaseLayout l, StaffInfo counselor, CaseBatch b)
    {
        var (min, max) = RecordsByStage[l.Stage];
        var count = Scaled(_r.Next(min, max + 1) * _recordScale);
        var from = l.Reached(3) ? l.StepAt(3) : l.OpenedAt;
        var to = l.ClosedAt ?? _now;
        var last = l.OpenedAt;
        var times = new List<DateTimeOffset>();
        foreach (var (a, z) in l.RequiredRecords)
            times.Add(Between(a, z));
        while (times.Count < count)
            times.Add(Between(from, to));
        foreach (var at in times)
        {
            var kind = CaseRecordKinds.Pick(_r);
            if (kind == 8 && (w.Groups & (int)SpecialGroups.EmploymentAssistanceTarget) == 0)
                kind = 1;
            var r = Record(w, c.Id, counselor, kind, Min(at, _now.AddMinutes(-30)));
            last = Max(last, r.RecordedAt);
            b.Records.Add(r);
        }
        CaseRecords += times.Count;
        return last;
    }

    /// <summary>Services given outside any case (7.1.10): a policy question at the desk, a registration.</summary>
    public void LooseRecordsFor(WorkerInfo w, double perWorker, CaseBatch b)
    {
        var n = Scaled(perWorker);
        for (var i = 0; i < n; i++)
        {
            var counselor = w.CounselorId is { } id && _staff.TryGetValue(id, out var s) ? s : PickCounselor(w.UnitId);
            b.Records.Add(Record(w, null, counselor, LooseRecordKinds.Pick(_r), Between(w.CreatedAt, _now.AddHours(-1))));
        }
        LooseRecords += n;
    }

    private RecordRow Record(WorkerInfo w, long? caseId, StaffInfo counselor, int kind, DateTimeOffset at)
    {
        var items = kind == 1 ? WorkerItems(w.Groups) : kind == 2 ? 1 : 0;
        return new RecordRow
        {
            Id = ++_ids.Record, UnitId = w.UnitId, WorkerId = w.Id, CaseId = caseId, CounselorId = counselor.Id, Kind = kind,
            OccurredAt = at, DurationMinutes = _r.Next(2, 13) * 5, Channel = _r.NextDouble() < 0.75 ? 1 : 2, ServiceItems = items,
            Content = CaseTexts.Contents.Pick(_r) + (_r.NextDouble() < 0.5 ? "；" + CaseTexts.Contents.Pick(_r) : ""),
            Advice = _r.NextDouble() < 0.5 ? CaseTexts.Advice.Pick(_r) : null,
            NextSteps = _r.NextDouble() < 0.5 ? CaseTexts.NextSteps.Pick(_r) : null,
            RecordedByUserId = counselor.UserId, RecordedAt = Min(at.AddMinutes(_r.Next(5, 120)), _now),
            Registration = kind is 1 or 2 ? null : Registration(kind, at),
        };
    }

    /// <summary>ServiceRegistration as EF writes it: all thirteen properties, the ones the kind requires filled (ServiceRegistration.Validate).</summary>
    private string Registration(int kind, DateTimeOffset at)
    {
        var on = AgencyClock.DateOf(at);
        var w = _json.Begin();
        w.WriteStartObject();
        _json.Text("CertificateNumber", kind == 7 && _r.NextDouble() < 0.5 ? $"SY{on:yyyyMMdd}{_r.Next(1000, 9999)}" : null);
        _json.Date("ContractEndsOn", kind == 6 ? on.AddYears(_r.Next(1, 4)) : null);
        _json.Bool("ContractSigned", kind == 6 ? true : null);
        _json.Text("CourseOrProject", kind switch { 3 => CaseTexts.Positions.Pick(_r), 4 => CaseTexts.Courses.Pick(_r), 5 => "创业孵化", _ => null });
        _json.Date("EffectiveOn", kind is 6 or 7 ? on : null);
        _json.Text("EmployerCreditCode", null);
        _json.Text("EmployerName", kind is 3 or 6 ? CaseTexts.Employers.Pick(_r) : null);
        _json.Int("EmploymentForm", kind == 6 ? 1 : null);
        _json.Int("Measure", kind == 8 ? _r.Next(1, 6) : null);
        _json.Text("OccupationCode", kind == 6 ? _occupations[_r.Next(_occupations.Count)] : null);
        _json.Text("ProviderName", kind == 4 ? CaseTexts.Providers.Pick(_r) : null);
        _json.Text("Result", kind == 3 && _r.NextDouble() < 0.5 ? "已面试，等待结果" : null);
        _json.Int("UnemploymentReason", kind == 7 ? _r.Next(1, 8) : null);
        w.WriteEndObject();
        return _json.End();
    }
}
