using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Merges stage changes, services, follow-ups, appointments and plans into one timeline, newest first.</summary>
public static class CaseTimeline
{
    public static IReadOnlyList<TimelineEntry> Build(GuidanceCase c, IReadOnlyList<RecordView> records,
        IReadOnlyList<FollowUp> followUps, IReadOnlyList<Appointment> appointments, IReadOnlyList<EmploymentPlan> plans)
    {
        var entries = new List<TimelineEntry>();
        entries.AddRange(c.Transitions.Select(t => new TimelineEntry(t.At, TimelineKind.Stage,
            t.From is null ? "建立个案" : $"{StageNames.Of(t.From.Value)} → {StageNames.Of(t.To)}", $"{t.Reason}（{t.ByName}）", null, null)));
        entries.AddRange(records.Select(r => new TimelineEntry(r.OccurredAt, TimelineKind.Record, KindName(r.Kind),
            r.Content, r.Channel, r.Id)));
        entries.AddRange(followUps.Where(f => f.Status == FollowUpStatus.Done).Select(f => new TimelineEntry(f.DoneAt!.Value,
            TimelineKind.FollowUp, "跟进", f.WhatWasDone, f.Channel, f.Id)));
        entries.AddRange(followUps.Where(f => f.CheckInAt is not null).Select(f => new TimelineEntry(f.CheckInAt!.Value,
            TimelineKind.CheckIn, "劳动者在线反馈近况", f.CheckIn, Channel.Online, f.Id)));
        entries.AddRange(appointments.Select(a => new TimelineEntry(a.StartsAt, TimelineKind.Appointment,
            "预约" + a.Status switch
            {
                AppointmentStatus.Attended => "（已到访）",
                AppointmentStatus.NoShow => "（爽约）",
                AppointmentStatus.Cancelled => "（已取消）",
                _ => "",
            }, a.DifficultyNote, a.Channel, a.Id)));
        entries.AddRange(plans.Where(p => p.ActivatedAt is not null).Select(p => new TimelineEntry(p.ActivatedAt!.Value, TimelineKind.Plan,
            $"第{p.Sequence}份就业计划生效", p.Agreement is { } ag ? $"{ag.AgreedBy}{(ag.Method == AgreementMethod.ConfirmedOnline ? "在线确认" : "签字同意")}" : null,
            p.Agreement?.Channel, p.Id)));
        return [.. entries.OrderByDescending(e => e.At)];
    }

    public static string KindName(ServiceKind kind) => kind switch
    {
        ServiceKind.Guidance => "职业指导",
        ServiceKind.PolicyConsultation => "政策咨询",
        ServiceKind.Placement => "职业介绍",
        ServiceKind.Training => "职业培训",
        ServiceKind.Entrepreneurship => "创业服务",
        ServiceKind.EmploymentRegistration => "就业登记",
        ServiceKind.UnemploymentRegistration => "失业登记",
        ServiceKind.EmploymentAssistance => "就业援助",
        _ => kind.ToString(),
    };
}
