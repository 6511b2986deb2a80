using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Bench.Generate;

internal sealed partial class CaseFactory
{
    private static readonly StaffInfo NoOne = new(0, 0, 0, "系统", "system");

    /// <summary>Turns a layout into the case row, its plans and follow-ups, guidance records and the intake appointment.</summary>
    private void Emit(WorkerInfo w, CaseLayout l, CaseBatch b)
    {
        var counselorId = CounselorFor(w, mayBeUnassigned: l.Open && l.Stage == 1);
        var counselor = counselorId is { } cid && _staff.TryGetValue(cid, out var s) ? s : null;
        var actor = counselor ?? _managerByUnit.GetValueOrDefault(w.UnitId) ?? NoOne;
        var priority = (w.Groups & (int)SpecialGroups.EmploymentAssistanceTarget) != 0;
        var c = new CaseRow
        {
            Id = ++_ids.Case, UnitId = w.UnitId, WorkerId = w.Id, CounselorId = counselorId, Channel = _r.NextDouble() < 0.8 ? 1 : 2,
            Stage = l.Open ? l.Stage : 9, StageBeforeClose = l.Open ? null : l.Stage, OpenedAt = l.OpenedAt, ClosedAt = l.ClosedAt,
            ReviewStartedAt = l.Open ? l.ReviewStartedAt : null,
        };
        var last = l.Steps[^1].At;
        c.Transitions = Transitions(l, actor);
        c.Assignments = counselor is null ? "[]" : Assignment(counselor, _managerByUnit.GetValueOrDefault(w.UnitId) ?? counselor, l.OpenedAt);
        if (l.Reached(2) || _r.NextDouble() < 0.5)
            c.Intake = Intake();
        if (l.Reached(3) || (l.Reached(2) && _r.NextDouble() < 0.5))
        {
            c.NeededServices = WorkerItems(w.Groups);
            c.NeedsAnalysis = l.Reached(3) ? CaseTexts.NeedsAnalyses.Pick(_r) : null;
        }
        if (l.Reached(2))
            c.Goals = Goals(w, l);
        c.Checklist = Checklist(w.Groups, l, counselorId);
        if (l.ReviewAnalysed)
            c.ReviewAnalysis = "计划期内未能就业，主要原因是求职范围过窄、技能证书未取得；调整为先培训后推荐";
        if (!l.Open)
        {
            (c.Outcome, var kind) = Outcome(l.ClosedAt!.Value);
            (c.ClosedWith, c.ClosedWorkerGroups) = (kind, w.Groups);
        }
        b.Cases.Add(c);

        long? previous = null;
        for (var i = 0; i < l.Plans.Count; i++)
        {
            var plan = PlanRowFor(w, c, l.Plans[i], i + 1, previous, priority, counselor ?? actor);
            previous = plan.Id;
            b.Plans.Add(plan);
            if (l.Plans[i].ActivatedAt is not null)
                last = Max(last, FollowUpsFor(w, c, plan, l.Plans[i], b));
        }
        last = Max(last, RecordsFor(w, c, l, counselor ?? PickCounselor(w.UnitId), b));
        if (_r.NextDouble() < 0.4)
            IntakeAppointment(w, c, counselor ?? PickCounselor(w.UnitId), priority, b);
        if (_r.NextDouble() < 0.03)
            MissedAppointment(w, c, counselor ?? PickCounselor(w.UnitId), priority, b);
        c.LastActivityAt = Min(last, _now);
        if (l.Open && counselorId is { } id)
        {
            if (!OpenByCounselor.TryGetValue(id, out var list))
                OpenByCounselor[id] = list = [];
            list.Add((w.Id, c.Id, priority));
        }
    }

    private StaffInfo PickCounselor(long unitId) =>
        _counselorsByUnit.TryGetValue(unitId, out var list) ? list[_r.Next(list.Length)] : _counselorsByUnit.Values.First()[0];

    private string Transitions(CaseLayout l, StaffInfo actor)
    {
        var w = _json.Begin();
        w.WriteStartArray();
        int? from = null;
        foreach (var (to, at, system) in l.Steps)
        {
            w.WriteStartObject();
            _json.Instant("At", at);
            _json.Text("ByName", system ? "系统" : actor.Name);
            _json.Text("ByUserId", system ? "system" : actor.UserId);
            _json.Int("From", from);
            _json.Text("Reason", Reason(from, to, l));
            _json.Int("To", to);
            w.WriteEndObject();
            from = to;
        }
        w.WriteEndArray();
        return _json.End();
    }

    private string Reason(int? from, int to, CaseLayout l) => (from, to) switch
    {
        (null, _) => CaseTexts.OpenReasons.Pick(_r),
        (_, 2) => "已完成职业信息搜集，记录求职困惑",
        (_, 3) => "所需服务已确定，指导目标经劳动者确认",
        (3, 4) => "已提供指导服务，进入就业计划制定",
        (6, 4) => "已与劳动者分析原因并再次指导，重新制定计划",
        (_, 5) => "就业计划经劳动者签字同意，开始跟进",
        (_, 6) => $"第{l.Plans.Count(p => p.Status == 3)}份就业计划已于{l.Plans.Last(p => p.Status == 3).End:yyyy-MM-dd}到期，劳动者尚未就业（6.1.6）",
        (_, 9) => CaseTexts.CloseReasons.Pick(_r),
        _ => "阶段推进",
    };

    private string Assignment(StaffInfo counselor, StaffInfo by, DateTimeOffset at)
    {
        var w = _json.Begin();
        w.WriteStartArray();
        w.WriteStartObject();
        _json.Instant("At", at);
        _json.Text("ByUserId", by.UserId);
        _json.Long("CounselorId", counselor.Id);
        _json.Bool("IsOverride", false);
        _json.Text("Reason", "沿用劳动者登记的职业指导人员");
        w.WriteEndObject();
        w.WriteEndArray();
        return _json.End();
    }

    private string Intake()
    {
        var w = _json.Begin();
        w.WriteStartObject();
        _json.Int("Difficulties", 1 << _r.Next(0, 8) | (_r.NextDouble() < 0.4 ? 1 << _r.Next(0, 8) : 0));
        _json.Text("DifficultyNote", _r.NextDouble() < 0.3 ? CaseTexts.DifficultyNotes.Pick(_r) : null);
        _json.Text("Experience", CaseTexts.Experiences.Pick(_r));
        _json.Text("Intentions", CaseTexts.Intentions.Pick(_r));
        _json.Text("Situation", CaseTexts.Situations.Pick(_r));
        w.WriteEndObject();
        return _json.End();
    }

    private int WorkerItems(int groups)
    {
        var items = 2 | (_r.NextDouble() < 0.4 ? 1 : 0) | (_r.NextDouble() < 0.3 ? 4 : 0) | (_r.NextDouble() < 0.3 ? 8 : 0);
        return groups != 0 && _r.NextDouble() < 0.6 ? items | 16 : items;
    }

    private string Goals(WorkerInfo worker, CaseLayout l)
    {
        var confirmed = l.Reached(3);
        var confirmedAt = confirmed ? l.StepAt(3).AddHours(-1) : (DateTimeOffset?)null;
        var count = _r.Next(1, 4);
        var w = _json.Begin();
        w.WriteStartArray();
        for (var line = 1; line <= count; line++)
        {
            var status = !confirmed ? 1 : !l.Open && _r.NextDouble() < 0.5 ? 3 : 2;
            w.WriteStartObject();
            _json.Instant("ConfirmedAt", confirmedAt);
            _json.Text("ConfirmedBy", confirmed ? worker.Name : null);
            _json.Int("ConfirmedChannel", confirmed ? 1 : null);
            _json.Int("Line", line);
            _json.Int("Status", status);
            _json.Date("TargetDate", AgencyClock.DateOf(l.OpenedAt).AddDays(_r.Next(60, 181)));
            _json.Text("Text", CaseTexts.Goals.Pick(_r));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        return _json.End();
    }

    private string Checklist(int groups, CaseLayout l, long? counselorId)
    {
        var w = _json.Begin();
        w.WriteStartArray();
        var share = l.Reached(3) ? 0.6 : 0.15;
        foreach (var item in PreventiveChecklist.For((SpecialGroups)groups))
        {
            if (_r.NextDouble() >= share)
                continue;
            w.WriteStartObject();
            _json.Long("ByStaffId", counselorId);
            _json.Date("DoneOn", AgencyClock.DateOf(Between(l.OpenedAt, l.ClosedAt ?? _now)));
            _json.Text("ItemCode", item.Code);
            _json.Text("Note", null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        return _json.End();
    }

    private (string Json, int Kind) Outcome(DateTimeOffset closed)
    {
        var kind = Outcomes.Pick(_r);
        var employed = kind == 1;
        var w = _json.Begin();
        w.WriteStartObject();
        _json.Long("EmployerId", null);
        _json.Text("EmployerName", employed ? CaseTexts.Employers.Pick(_r) : null);
        _json.Int("Kind", kind);
        _json.Int("MonthlyPay", employed ? _r.Next(25, 121) * 100 : null);
        _json.Text("Note", kind == 5 ? "电话多次无人接听" : null);
        _json.Text("OccupationCode", employed ? _occupations[_r.Next(_occupations.Count)] : null);
        _json.Date("StartedOn", employed ? AgencyClock.DateOf(closed).AddDays(-_r.Next(0, 15)) : null);
        w.WriteEndObject();
        return (_json.End(), kind);
    }
}
