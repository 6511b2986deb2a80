using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>Appointments, slots and follow-ups as they guard themselves (7.2.2a, 7.1.11, 6.1.5, 6.1.7).</summary>
public sealed class AppointmentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private static Appointment Booked(DateTimeOffset start) => new(1, 2, 3, null, start, start.AddMinutes(30),
        new AppointmentRequest(ServiceItems.CareerGuidance, Channel.Offline, BookingSource.Phone, null), false, "u1", Now);

    [Fact, Trait("Clause", "7.2.2")]
    public void A_booking_names_its_purpose_and_a_no_show_is_recorded_only_after_the_time()
    {
        Assert.Throws<DomainRuleException>(() => new Appointment(1, 2, 3, null, Now.AddHours(1), Now.AddHours(2),
            new AppointmentRequest(ServiceItems.None, Channel.Offline, BookingSource.Phone, null), false, "u1", Now));
        Assert.Throws<DomainRuleException>(() => Booked(Now.AddHours(-1)));
        var a = Booked(Now.AddHours(1));
        Assert.Throws<DomainRuleException>(() => a.MarkNoShow(Now));
        a.MarkNoShow(Now.AddHours(2));
        Assert.Equal(AppointmentStatus.NoShow, a.Status);
        Assert.Throws<DomainRuleException>(() => a.Cancel("不来了", true));
    }

    [Fact, Trait("Clause", "7.2.2")]
    public void Cancelling_needs_a_reason_and_frees_the_slot()
    {
        var a = new Appointment(1, 2, 3, 44, Now.AddHours(1), Now.AddHours(2),
            new AppointmentRequest(ServiceItems.PolicyConsultation, Channel.Online, BookingSource.Portal, null), false, "u1", Now);
        Assert.Throws<DomainRuleException>(() => a.Cancel(" ", true));
        a.Cancel("临时有事", byWorker: true);
        Assert.Equal((AppointmentStatus.Cancelled, (long?)null, true), (a.Status, a.SlotId, a.CancelledByWorker));
    }

    [Fact, Trait("Clause", "7.1.11")]
    public void A_held_slot_opens_to_everyone_a_day_before_it_starts()
    {
        var slot = new CounselorSlot(1, 3, Now.AddHours(48), Now.AddHours(48.5), null, reservedForPriority: true, Now);
        Assert.True(slot.IsHeldForPriority(Now));
        Assert.False(slot.IsHeldForPriority(Now.AddHours(25)));
        Assert.Throws<DomainRuleException>(() => new CounselorSlot(1, 3, Now.AddHours(-1), Now, null, false, Now));
        Assert.Throws<DomainRuleException>(() => new CounselorSlot(1, 3, Now.AddHours(1), Now.AddHours(6), null, false, Now));
    }

    [Fact, Trait("Clause", "6.1.7")]
    public void A_check_in_is_answered_once_from_the_day_before_its_follow_up()
    {
        var today = new DateOnly(2026, 11, 26);
        var f = new FollowUp(1, 2, 3, 4, 5, today.AddDays(3));
        Assert.Throws<DomainRuleException>(() => f.AnswerCheckIn("在找工作", EmploymentStatus.Unemployed, today, Now));
        f.AnswerCheckIn("在找工作", EmploymentStatus.Unemployed, today.AddDays(2), Now);
        Assert.Throws<DomainRuleException>(() => f.AnswerCheckIn("又一次", null, today.AddDays(2), Now));
        Assert.True(f.IsOverdue(today.AddDays(4)));
        f.Record(Channel.Offline, "面谈", null, null, 5, Now);
        Assert.False(f.IsOverdue(today.AddDays(4)));
    }
}
