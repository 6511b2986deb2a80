using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Bench.Generate;

internal sealed partial class CaseFactory
{
    /// <summary>Half-hour appointment starts, local 09:00–16:30.</summary>
    private const int SlotsPerDay = 16;

    private static DateTimeOffset SlotStart(DateOnly date, int index) => AgencyClock.At(date, new TimeOnly(9, 0).AddMinutes(30 * index));

    /// <summary>The booking that brought the worker in: attended, linked to the case (7.2.2a).</summary>
    private void IntakeAppointment(WorkerInfo w, CaseRow c, StaffInfo counselor, bool priority, CaseBatch b)
    {
        var starts = SlotStart(AgencyClock.DateOf(c.OpenedAt).AddDays(-_r.Next(0, 8)), _r.Next(SlotsPerDay));
        if (starts > c.OpenedAt)
            starts = starts.AddDays(-1);
        b.Appointments.Add(Appointment(w, counselor, priority, starts, status: 2, caseId: c.Id));
    }

    private void MissedAppointment(WorkerInfo w, CaseRow c, StaffInfo counselor, bool priority, CaseBatch b)
    {
        var starts = SlotStart(AgencyClock.DateOf(Between(c.OpenedAt, c.ClosedAt ?? _now.AddDays(-1))), _r.Next(SlotsPerDay));
        if (starts < _now)
            b.Appointments.Add(Appointment(w, counselor, priority, starts, status: _r.NextDouble() < 0.5 ? 3 : 4, caseId: c.Id));
    }

    /// <summary>
    /// This week's diary of every counselor: 2–8 appointments a working day (today and tomorrow always, even at a
    /// weekend) with workers of their open cases. Those already over today were attended or missed; the rest are
    /// booked, each on a published slot.
    /// </summary>
    public CaseBatch Diaries(IEnumerable<StaffInfo> counselors, Func<long, WorkerInfo> worker)
    {
        var b = new CaseBatch();
        foreach (var counselor in counselors)
        {
            if (!OpenByCounselor.TryGetValue(counselor.Id, out var open) || open.Count == 0)
                continue;
            for (var day = 0; day < 7; day++)
            {
                var date = _today.AddDays(day);
                if (day > 1 && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    continue;
                var slots = Enumerable.Range(0, SlotsPerDay).OrderBy(_ => _r.Next()).Take(_r.Next(2, 9)).Order();
                foreach (var slot in slots)
                {
                    var (workerId, caseId, priority) = open[_r.Next(open.Count)];
                    var starts = SlotStart(date, slot);
                    var over = starts.AddMinutes(30) < _now;
                    var status = !over ? 1 : _r.NextDouble() < 0.85 ? 2 : 3;
                    var a = Appointment(worker(workerId), counselor, priority, starts, status, status == 2 ? caseId : null);
                    if (status == 1)
                    {
                        var s = new SlotRow
                        {
                            Id = ++_ids.Slot, UnitId = counselor.UnitId, CounselorId = counselor.Id, StartsAt = starts, EndsAt = a.EndsAt,
                            ReservedForPriority = priority && _r.NextDouble() < 0.5, CreatedAt = _now.AddDays(-_r.Next(1, 15)),
                        };
                        a.SlotId = s.Id;
                        b.Slots.Add(s);
                    }
                    b.Appointments.Add(a);
                }
            }
        }
        return b;
    }

    private AppointmentRow Appointment(WorkerInfo w, StaffInfo counselor, bool priority, DateTimeOffset starts, int status, long? caseId)
    {
        var source = _r.NextDouble() switch { < 0.5 => 1, < 0.7 => 3, _ => 2 };
        var created = source == 2 ? starts.AddMinutes(-_r.Next(5, 60)) : starts.AddDays(-_r.Next(1, 11)).AddMinutes(-_r.Next(0, 600));
        return new AppointmentRow
        {
            Id = ++_ids.Appointment, UnitId = w.UnitId, WorkerId = w.Id, CounselorId = counselor.Id, StartsAt = starts,
            EndsAt = starts.AddMinutes(30), Purposes = WorkerItems(w.Groups), Channel = _r.NextDouble() < 0.8 ? 1 : 2, Source = source,
            DifficultyNote = _r.NextDouble() < 0.5 ? CaseTexts.DifficultyNotes.Pick(_r) : null, IsPriority = priority, Status = status,
            CancelReason = status == 4 ? CaseTexts.CancelReasons.Pick(_r) : null, CancelledByWorker = status == 4,
            ArrivedAt = status == 2 ? starts.AddMinutes(-_r.Next(0, 10)) : null, CaseId = caseId,
            CreatedByUserId = counselor.UserId, CreatedAt = Min(created, _now.AddMinutes(-1)),
        };
    }
}
