using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.PolicyLibrary;

namespace GuidanceDesk.Tests.Domain;

/// <summary>The rules a library document and a handbook keep themselves (4.3, 7.1.1), and the plain-text bodies.</summary>
public sealed class PolicyDocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Actor By = new("u1", "陈晓梅");

    private static PolicyDocument New(DateOnly? expires = null, DateOnly? reviewDue = null) =>
        new(null, new PolicyCatalog(PolicyKind.EmploymentPolicy, "测试政策", "市人社局", ["补贴，高校毕业生", "补贴"]),
            new PolicyContent("渝人社发〔2026〕1号", Today.AddDays(-30), expires, "  通俗摘要  ", null, null), reviewDue ?? Today.AddMonths(12), By, Now);

    [Fact, Trait("Clause", "4.3")]
    public void Tags_are_split_trimmed_and_kept_once_and_content_is_checked()
    {
        var d = New();
        Assert.Equal(["补贴", "高校毕业生"], d.Tags);
        Assert.Equal("通俗摘要", d.Summary);
        Assert.Equal(PolicyStatus.Draft, d.Status);
        var backwards = Assert.Throws<DomainRuleException>(() => New(expires: Today.AddDays(-31)));
        Assert.Equal("ExpiresOn", backwards.Field);
        Assert.Throws<DomainRuleException>(() => d.CorrectDraft(new PolicyContent(null, null, null, " ", null, null)));
        Assert.Throws<DomainRuleException>(() => d.CorrectDraft(new PolicyContent(null, null, null, "摘要", null, "javascript:alert(1)")));
    }

    [Fact, Trait("Clause", "4.3")]
    public void A_published_document_changes_by_new_versions_and_an_ended_one_not_at_all()
    {
        var d = New();
        d.Publish(Now);
        Assert.Throws<DomainRuleException>(() => d.CorrectDraft(new PolicyContent(null, null, null, "改", null, null)));
        var v2 = d.AddVersion(new PolicyContent("渝人社发〔2027〕1号", Today, null, "新摘要", null, null), "修订", Today.AddMonths(12), By, Now.AddDays(1));
        Assert.Equal(2, v2.Number);
        Assert.Equal("渝人社发〔2026〕1号", d.Versions.Single(v => v.Number == 1).DocumentNumber);
        Assert.Equal("新摘要", d.Summary);
        Assert.Throws<DomainRuleException>(() => d.AddVersion(new PolicyContent(null, null, null, "x", null, null), " ", Today, By, Now));
        d.Supersede(null, "被2027年新政策替代", Now);
        Assert.Equal(PolicyStatus.Superseded, d.Status);
        Assert.Throws<DomainRuleException>(() => d.AddVersion(new PolicyContent(null, null, null, "x", null, null), "再改", Today, By, Now));
        Assert.Throws<DomainRuleException>(() => d.Repeal("废止", Now));
    }

    [Fact, Trait("Clause", "7.1.1")]
    public void Overdue_means_in_force_and_past_the_review_or_expiry_date()
    {
        var due = New(reviewDue: Today);
        Assert.False(due.IsOverdue(Today));
        Assert.False(due.IsOverdue(Today.AddDays(1)));
        due.Publish(Now);
        Assert.False(due.IsOverdue(Today));
        Assert.True(due.IsOverdue(Today.AddDays(1)));
        due.MarkReviewed(Today.AddDays(1), Today.AddMonths(12));
        Assert.False(due.IsOverdue(Today.AddDays(1)));
        Assert.Throws<DomainRuleException>(() => due.MarkReviewed(Today, Today));

        var expiring = New(expires: Today.AddDays(10));
        expiring.Publish(Now);
        Assert.False(expiring.IsOverdue(Today.AddDays(10)));
        Assert.True(expiring.IsOverdue(Today.AddDays(11)));
        Assert.Throws<DomainRuleException>(() => expiring.MarkReviewed(Today.AddDays(11), Today.AddMonths(12)));
    }

    [Fact, Trait("Clause", "7.1.1")]
    public void A_handbook_publishes_a_copy_and_keeps_its_order_by_line()
    {
        var h = new Handbook(new HandbookDetails("读本", "高校毕业生", null), Now);
        Assert.Throws<DomainRuleException>(() => h.Publish("陈晓梅", Now));
        var a = h.AddSection("一", "正文一", []);
        var b = h.AddSection("二", "正文二", [3, 3]);
        Assert.Equal([3L], b.DocumentIds);
        h.Move(b.Line, -1);
        Assert.Equal(["二", "一"], h.Sections.Select(s => s.Heading));
        Assert.Throws<DomainRuleException>(() => h.Reorder([a.Line]));
        h.Publish("陈晓梅", Now);
        h.UpdateSection(a.Line, "一（改）", "正文", []);
        Assert.True(h.HasUnpublishedChanges);
        Assert.Equal(["二", "一"], h.PublishedSections.Select(s => s.Heading));
        Assert.Equal(Now, h.PublishedAt);
    }

    [Fact]
    public void Plain_text_has_paragraphs_and_lists_and_nothing_else()
    {
        var parts = PlainText.Parts("第一段\n第一段续\n\n- 甲\n• 乙\n尾段 <b>");
        Assert.Equal(3, parts.Count);
        Assert.Equal(["第一段", "第一段续"], parts[0].Lines);
        Assert.True(parts[1].IsList);
        Assert.Equal(["甲", "乙"], parts[1].Lines);
        Assert.Equal(["尾段 <b>"], parts[2].Lines);
        Assert.Equal("第一段 第一段续…", PlainText.Excerpt("第一段\n第一段续\n\n- 甲", 8));
    }
}
