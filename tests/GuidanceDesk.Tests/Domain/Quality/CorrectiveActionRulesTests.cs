using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain.Quality;

/// <summary>Corrective and preventive actions guard their lifecycle (9.1.3); audits theirs (9.1.2).</summary>
public sealed class CorrectiveActionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 12, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 10, 12);

    private static CorrectiveAction New(DateOnly? due = null) => new(1, CorrectiveActionKind.Corrective, CorrectiveActionSource.Complaint, "42",
        "投诉 TS-2026-000042（等候时间）", "等候太久", new ActionOwner(5, "李明"), due ?? Today.AddDays(2), Today, "陈晓梅", Now);

    [Fact, Trait("Clause", "9.1.3")]
    public void A_due_date_in_the_past_is_refused()
    {
        Assert.Equal("DueOn", Assert.Throws<DomainRuleException>(() => New(Today.AddDays(-1))).Field);
    }

    [Fact, Trait("Clause", "9.1.3")]
    public void Closing_needs_an_effective_verification_by_someone_other_than_the_owner()
    {
        var a = New();
        Assert.Throws<DomainRuleException>(() => a.Close("陈晓梅", Now));
        Assert.Throws<DomainRuleException>(() => a.Implement("做了", "李明", Now));
        a.Plan("原因", "措施", "李明", Now);
        a.Implement("做了", "李明", Now);
        Assert.Equal("verifier", Assert.Throws<DomainRuleException>(() => a.Verify(true, "有效", 5, "李明", null, Today, Now)).Field);
        Assert.Equal("dueOn", Assert.Throws<DomainRuleException>(() => a.Verify(false, "无效", 9, "周建国", null, Today, Now)).Field);
        a.Verify(false, "无效", 9, "周建国", Today.AddDays(3), Today, Now);
        Assert.Equal((CorrectiveActionStatus.InProgress, Today.AddDays(3)), (a.Status, a.DueOn));
        Assert.Throws<DomainRuleException>(() => a.Close("周建国", Now));
        a.Implement("再做", "李明", Now);
        a.Verify(true, "有效", 9, "周建国", null, Today, Now);
        a.Close("周建国", Now);
        Assert.Equal(CorrectiveActionStatus.Closed, a.Status);
    }

    [Fact, Trait("Clause", "9.1.3")]
    public void Overdue_tells_the_owner_first_then_the_head_each_once()
    {
        var a = New(Today);
        Assert.Equal(0, a.Escalate(Today, Today.AddDays(3), Now));
        Assert.Equal(1, a.Escalate(Today.AddDays(1), Today.AddDays(3), Now));
        Assert.Equal(0, a.Escalate(Today.AddDays(2), Today.AddDays(3), Now));
        Assert.Equal(2, a.Escalate(Today.AddDays(3), Today.AddDays(3), Now));
        Assert.Equal(0, a.Escalate(Today.AddDays(4), Today.AddDays(3), Now));
    }

    [Fact, Trait("Clause", "9.1.2")]
    public void An_audit_records_findings_only_while_in_progress_and_an_external_one_names_its_supervisor()
    {
        Assert.Equal("SupervisingBody", Assert.Throws<DomainRuleException>(() =>
            new InternalAudit(1, AuditKind.External, "检查", "9.1", "检查组", null, Today, Today, "陈晓梅", Now)).Field);
        var audit = new InternalAudit(1, AuditKind.Internal, "内审", "7.2", "陈晓梅", null, Today, Today.AddDays(1), "陈晓梅", Now);
        Assert.Throws<DomainRuleException>(() => audit.AddFinding("7.2.1", "缺协议", FindingSeverity.MinorNonconformity, "陈晓梅", Now));
        audit.Start(Today);
        Assert.Equal(1, audit.AddFinding("7.2.1", "缺协议", FindingSeverity.MinorNonconformity, "陈晓梅", Now).Number);
        Assert.Equal(2, audit.AddFinding("6.1.5", "跟进偏长", FindingSeverity.Observation, "陈晓梅", Now).Number);
        audit.Complete("基本符合", Today);
        Assert.Throws<DomainRuleException>(() => audit.Revise(AuditKind.Internal, "x", "y", "z", null, Today, Today));
    }
}
