using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Bench.Generate;

internal sealed partial class CaseFactory
{
    private PlanRow PlanRowFor(WorkerInfo w, CaseRow c, PlanLayout p, int sequence, long? previous, bool priority, StaffInfo by)
    {
        var plan = new PlanRow
        {
            Id = ++_ids.Plan, UnitId = w.UnitId, CaseId = c.Id, WorkerId = w.Id, Sequence = sequence, PreviousPlanId = previous,
            Goal = CaseTexts.PlanGoals.Pick(_r), PeriodStart = p.Start, PeriodEnd = p.End, FollowUpEveryDays = Cadence(priority),
            Status = p.Status, CreatedAt = p.CreatedAt, ActivatedAt = p.ActivatedAt, EndedAt = p.EndedAt,
        };
        var days = p.End.DayNumber - p.Start.DayNumber;
        var count = _r.Next(2, 5);
        var jw = _json.Begin();
        jw.WriteStartArray();
        for (var line = 1; line <= count; line++)
        {
            var due = p.Start.AddDays(_r.Next(1, Math.Max(2, days)));
            var done = p.ActivatedAt is not null && due < _today && _r.NextDouble() < 0.6;
            jw.WriteStartObject();
            _json.Text("Description", CaseTexts.Actions.Pick(_r));
            _json.Date("DoneOn", done ? due : null);
            _json.Date("DueOn", due);
            _json.Int("Kind", _r.NextDouble() switch { < 0.5 => 1, < 0.75 => 2, < 0.9 => 3, < 0.95 => 4, _ => 9 });
            _json.Int("Line", line);
            _json.Text("Note", null);
            _json.Int("Status", done ? 2 : 1);
            jw.WriteEndObject();
        }
        jw.WriteEndArray();
        plan.Actions = _json.End();
        if (p.ActivatedAt is { } agreed)
        {
            var online = _r.NextDouble() < 0.2;
            jw = _json.Begin();
            jw.WriteStartObject();
            _json.Instant("AgreedAt", agreed);
            _json.Text("AgreedBy", w.Name);
            _json.Int("Channel", online ? 2 : 1);
            _json.Int("Method", online ? 2 : 1);
            _json.Text("RecordedByUserId", by.UserId);
            jw.WriteEndObject();
            plan.Agreement = _json.End();
            if (_r.NextDouble() < 0.25)
            {
                jw = _json.Begin();
                jw.WriteStartArray();
                jw.WriteStartObject();
                _json.Instant("At", Between(agreed, Min(p.EndedAt ?? _now, _now)));
                _json.Text("ByUserId", by.UserId);
                _json.Text("Text", "行动1：完成日期顺延两周");
                jw.WriteEndObject();
                jw.WriteEndArray();
                plan.Changes = _json.End();
            }
        }
        return plan;
    }

    /// <summary>
    /// The follow-ups the plan's cadence scheduled (EmploymentPlan.FollowUpDates from its start): past ones mostly done,
    /// some left overdue while the plan runs; those after the plan ended cancelled. Returns the latest activity.
    /// </summary>
    private DateTimeOffset FollowUpsFor(WorkerInfo w, CaseRow c, PlanRow plan, PlanLayout p, CaseBatch b)
    {
        var last = p.ActivatedAt!.Value;
        var endedOn = p.EndedAt is { } e ? AgencyClock.DateOf(e) : (DateOnly?)null;
        var dates = new List<DateOnly>();
        for (var d = p.Start.AddDays(plan.FollowUpEveryDays); d < p.End; d = d.AddDays(plan.FollowUpEveryDays))
            dates.Add(d);
        dates.Add(p.End);
        foreach (var due in dates)
        {
            var f = new FollowUpRow
            {
                Id = ++_ids.FollowUp, UnitId = w.UnitId, CaseId = c.Id, PlanId = plan.Id, WorkerId = w.Id, CounselorId = c.CounselorId,
                DueOn = due, Status = 1,
            };
            var cutoff = endedOn ?? _today;
            if (due < cutoff && _r.NextDouble() < (endedOn is null ? 0.88 : 0.92))
            {
                f.Status = 2;
                f.DoneAt = Min(AtWork(due.AddDays(_r.Next(-1, 2))), _now.AddHours(-1));
                f.Channel = _r.NextDouble() < 0.6 ? 2 : 1;
                f.WhatWasDone = CaseTexts.FollowUpDone.Pick(_r);
                f.WhatChanged = _r.NextDouble() < 0.2 ? CaseTexts.FollowUpChanges.Pick(_r) : null;
                f.ReportedStatus = _r.NextDouble() < 0.85 ? 1 : 4;
                if (_r.NextDouble() < 0.08)
                {
                    f.CheckIn = CaseTexts.CheckIns.Pick(_r);
                    f.CheckInAt = f.DoneAt.Value.AddDays(-1);
                }
                last = Max(last, f.DoneAt.Value);
            }
            else if (endedOn is not null)
            {
                f.Status = 3; // the plan ended (expired or completed) before it was done: cancelled with it
            }
            b.FollowUps.Add(f);
        }
        return last;
    }
}
