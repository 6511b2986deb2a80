using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;

namespace GuidanceDesk.Tests.Domain.Assessments;

/// <summary>Patterned and careless responding is flagged for the counselor, never discarded.</summary>
public sealed class ResponseQualityTests
{
    private static readonly InstrumentDefinition Riasec = ShippedInstruments.Load("riasec-48-1.0.json");
    private static readonly InstrumentDefinition Ipip = ShippedInstruments.Load("ipip-neo-120-1.0.json");

    [Fact, Trait("Clause", "5.1c")]
    public void The_same_answer_everywhere_is_flagged()
    {
        var sheet = InstrumentScorer.Score(Riasec, [.. Enumerable.Repeat<int?>(3, 48)]);
        Assert.True(sheet.Warnings.HasFlag(ResponseWarnings.SameAnswer));
        Assert.Equal(24, sheet.Scales.Single(s => s.Code == "R").Raw);
    }

    [Fact, Trait("Clause", "5.1c")]
    public void A_long_run_of_one_answer_is_flagged_and_a_varied_sheet_is_not()
    {
        var varied = Enumerable.Range(0, 48).Select(i => (int?)(1 + (i * 7 % 5))).ToArray();
        Assert.Equal(ResponseWarnings.None, InstrumentScorer.Score(Riasec, varied).Warnings);
        var run = (int?[])varied.Clone();
        for (var i = 10; i < 26; i++)
            run[i] = 4;
        Assert.True(ResponseQuality.LongestRun(run) >= 16);
        Assert.True(InstrumentScorer.Score(Riasec, run).Warnings.HasFlag(ResponseWarnings.LongRun));
    }

    [Fact, Trait("Clause", "5.1c")]
    public void Answering_faster_than_one_can_read_is_flagged()
    {
        var varied = Enumerable.Range(0, 48).Select(i => (int?)(1 + (i * 7 % 5))).ToArray();
        Assert.True(InstrumentScorer.Score(Riasec, varied, [.. Enumerable.Repeat(1.0, 48)]).Warnings.HasFlag(ResponseWarnings.TooFast));
        Assert.False(InstrumentScorer.Score(Riasec, varied, [.. Enumerable.Repeat(4.0, 48)]).Warnings.HasFlag(ResponseWarnings.TooFast));
    }

    [Fact, Trait("Clause", "5.1c")]
    public void Agreeing_with_a_statement_and_its_opposite_is_flagged_on_an_inventory_with_reversed_items()
    {
        // Mostly 5 with some 4: mean ≥ 4.2 although half the items say the opposite.
        var yes = Enumerable.Range(0, 120).Select(i => (int?)(i % 4 == 0 ? 4 : 5)).ToArray();
        Assert.True(InstrumentScorer.Score(Ipip, yes).Warnings.HasFlag(ResponseWarnings.Acquiescence));
        var balanced = Enumerable.Range(0, 120).Select(i => (int?)(1 + (i * 7 % 5))).ToArray();
        Assert.False(InstrumentScorer.Score(Ipip, balanced).Warnings.HasFlag(ResponseWarnings.Acquiescence));
    }

    [Fact]
    public void Time_taken_leaves_out_long_pauses()
    {
        var start = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        // 10 s, then a 2-hour break (counted as 5 min), then 20 s.
        var (seconds, perItem) = AnswerTiming.Measure(start, [start.AddSeconds(10), start.AddSeconds(10).AddHours(2), start.AddSeconds(30).AddHours(2)]);
        Assert.Equal(10 + 300 + 20, seconds);
        Assert.Equal([10.0, 300.0, 20.0], perItem);
    }

    [Fact]
    public void A_paper_sheet_reads_digits_and_blanks_and_refuses_anything_else()
    {
        var answers = PaperSheet.Parse("34-5 1", Riasec);
        Assert.Equal(48, answers.Length);
        Assert.Equal([3, 4, null, 5, null, 1], answers.Take(6));
        Assert.All(answers.Skip(6), a => Assert.Null(a));
        var wrong = Assert.Throws<DomainRuleException>(() => PaperSheet.Parse("3472", Riasec));
        Assert.Contains("第 3 题", wrong.Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => PaperSheet.Parse(new string('3', 49), Riasec));
        Assert.Throws<DomainRuleException>(() => PaperSheet.Parse("---", Riasec));
    }
}
