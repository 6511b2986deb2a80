using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain.Quality;

/// <summary>The complaint guards its own steps (9.1.1).</summary>
public sealed class ComplaintRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 29, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2026, 10, 12);

    private static Complaint New(bool anonymous = false, bool phone = true) => new(1, ComplaintChannel.PublicForm, ComplaintCategory.WaitingTime,
        "等候时间太长", null, new Complainant("张三", anonymous, phone ? new ProtectedValue("c", "h") : null, null, null), Due, Now, "投诉人");

    [Fact, Trait("Clause", "9.1.1")]
    public void A_reply_needs_a_phone_unless_anonymous_and_the_tracking_number_follows_the_id()
    {
        Assert.Equal("contactPhone", Assert.Throws<DomainRuleException>(() => New(phone: false)).Field);
        var anonymous = New(anonymous: true, phone: false);
        Assert.Null(anonymous.ComplainantName);
        var c = New();
        Assert.StartsWith("new-", c.TrackingNumber, StringComparison.Ordinal);
        Assert.Equal("TS-2026-000123", Complaint.FormatTracking(2026, 123));
    }

    [Fact, Trait("Clause", "9.1.1")]
    public void Steps_go_in_order_and_not_satisfied_reopens_with_a_new_deadline()
    {
        var c = New();
        Assert.Throws<DomainRuleException>(() => c.Respond("查", "处理", "答复", "李明", Now));
        Assert.Throws<DomainRuleException>(() => c.GiveFeedback(true, null, Due, Now));
        c.Assign(7, "李明", "陈晓梅", Now);
        Assert.Equal((ComplaintStatus.Assigned, Now), (c.Status, c.AcknowledgedAt));
        Assert.Throws<DomainRuleException>(() => c.Respond("查", " ", "答复", "李明", Now));
        c.Respond("查", "处理", "答复", "李明", Now);
        Assert.Throws<DomainRuleException>(() => c.Assign(8, "王芳", "陈晓梅", Now));
        Assert.Equal("FeedbackComment", Assert.Throws<DomainRuleException>(() => c.GiveFeedback(false, "", Due, Now)).Field);
        var newDue = new DateOnly(2026, 10, 20);
        c.GiveFeedback(false, "没有解决", newDue, Now);
        Assert.Equal((ComplaintStatus.Assigned, newDue, false), (c.Status, c.DueOn, c.Satisfied));
        c.Respond("再查", "再处理", "再答复", "李明", Now);
        c.GiveFeedback(true, null, newDue, Now);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.NotNull(c.ClosedAt);
    }

    [Fact, Trait("Clause", "9.1.1")]
    public void An_overdue_complaint_escalates_once_per_deadline()
    {
        var c = New();
        Assert.False(c.Escalate(Due, Now));
        Assert.True(c.Escalate(Due.AddDays(1), Now));
        Assert.False(c.Escalate(Due.AddDays(2), Now));
        Assert.Single(c.Events, e => e.Kind == ComplaintEventKind.Escalated);
    }
}
