using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Bench.Generate;

/// <summary>A plan's period and fate, before it becomes a row.</summary>
internal sealed record PlanLayout(DateOnly Start, DateOnly End, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt, int Status, DateTimeOffset? EndedAt);

/// <summary>
/// When things happened in one case: the stage steps (each a transition with its time; system steps are the nightly
/// review), its plans, and the windows guidance records fall into. Stages follow the domain's order exactly
/// (GuidanceCase.NextOf), so that the app's own rules would have allowed every step.
/// </summary>
internal sealed class CaseLayout
{
    public DateTimeOffset OpenedAt;
    public DateTimeOffset? ClosedAt;
    public bool Open => ClosedAt is null;
    /// <summary>The current stage of an open case, or the stage a closed case was closed from.</summary>
    public int Stage;
    public readonly List<(int To, DateTimeOffset At, bool System)> Steps = [];
    public readonly List<PlanLayout> Plans = [];
    public DateTimeOffset? ReviewStartedAt;
    public bool ReviewAnalysed;
    /// <summary>Windows that must hold one guidance record each (6.1.3 before planning, 6.1.6 before re-planning).</summary>
    public readonly List<(DateTimeOffset From, DateTimeOffset To)> RequiredRecords = [];

    public DateTimeOffset StepAt(int stage) => Steps.Find(s => s.To == stage).At;

    public bool Reached(int stage) => Steps.Exists(s => s.To == stage);
}

internal sealed partial class CaseFactory
{
    private static readonly TimeOnly ReviewRunsAt = new(1, 30); // the nightly scan's cron (GuidanceSetup)

    private CaseLayout ClosedLayout(DateTimeOffset opened, DateTimeOffset closed, int stage)
    {
        var l = new CaseLayout { OpenedAt = opened, ClosedAt = closed, Stage = stage };
        var span = closed - opened;
        l.Steps.Add((1, opened, false));
        if (stage >= 2) l.Steps.Add((2, opened + (span * 0.05), false));
        if (stage >= 3) l.Steps.Add((3, opened + (span * 0.12), false));
        if (stage >= 4)
        {
            l.Steps.Add((4, opened + (span * 0.25), false));
            l.RequiredRecords.Add((l.StepAt(3), l.StepAt(4)));
        }
        if (stage == 4 && _r.NextDouble() < 0.5)
        {
            var created = l.StepAt(4).AddDays(1);
            var start = AgencyClock.DateOf(created);
            l.Plans.Add(new PlanLayout(start, start.AddDays(_r.Next(60, 180)), created, null, 5, closed));
        }
        if (stage >= 5)
        {
            var start = AgencyClock.DateOf(opened + (span * 0.3));
            var activated = Max(AtWork(start), l.StepAt(4).AddHours(1));
            l.Steps.Add((5, activated, false));
            if (stage == 5)
            {
                var end = AgencyClock.DateOf(closed).AddDays(_r.Next(0, 60));
                end = end < start.AddDays(29) ? start.AddDays(29) : end > start.AddDays(366) ? start.AddDays(366) : end;
                l.Plans.Add(new PlanLayout(start, end, activated.AddDays(-1), activated, 4, closed));
            }
            else
            {
                var end = AgencyClock.DateOf(opened + (span * 0.8));
                var expired = AgencyClock.At(end.AddDays(1), ReviewRunsAt);
                l.Plans.Add(new PlanLayout(start, end, activated.AddDays(-1), activated, 3, expired));
                l.Steps.Add((6, expired, true));
                l.ReviewStartedAt = expired;
                l.ReviewAnalysed = _r.NextDouble() < 0.6;
            }
        }
        l.Steps.Add((9, closed, false));
        return l;
    }

    private CaseLayout OpenLayout(WorkerInfo w)
    {
        var stage = OpenStages.Pick(_r);
        var l = new CaseLayout { Stage = stage };
        if (stage <= 4)
        {
            var (min, max) = stage switch { 1 => (0, 20), 2 => (3, 40), 3 => (10, 120), _ => (20, 150) };
            l.OpenedAt = _now.AddHours(-_r.Next(1, 24)).AddDays(-_r.Next(min, max + 1));
            var span = _now - l.OpenedAt;
            l.Steps.Add((1, l.OpenedAt, false));
            if (stage >= 2) l.Steps.Add((2, l.OpenedAt + (span * (stage == 2 ? 0.1 + (0.5 * _r.NextDouble()) : 0.1)), false));
            if (stage >= 3) l.Steps.Add((3, l.OpenedAt + (span * (stage == 3 ? 0.25 : 0.2)), false));
            if (stage == 4)
            {
                l.Steps.Add((4, l.OpenedAt + (span * 0.5), false));
                l.RequiredRecords.Add((l.StepAt(3), l.StepAt(4)));
                if (_r.NextDouble() < 0.6)
                {
                    var created = Between(l.StepAt(4), _now);
                    var planStart = AgencyClock.DateOf(created).AddDays(_r.Next(0, 8));
                    l.Plans.Add(new PlanLayout(planStart, planStart.AddDays(_r.Next(60, 181)), created, null, 1, null));
                }
            }
            return l;
        }

        // Follow-up (plan active) or plan review (plan expired): the plan's period is placed around today.
        DateOnly start, end;
        var cycle = stage == 5 && _r.NextDouble() < 0.2; // a second plan, made after a review of the first
        if (stage == 5)
        {
            start = _today.AddDays(-_r.Next(30, 151));
            end = _today.AddDays(-1 + _r.Next(0, 90)); // uniform: about 1/90 of active plans end each night
        }
        else
        {
            end = _today.AddDays(-_r.Next(2, 46));
            start = end.AddDays(-_r.Next(60, 151));
        }
        var firstStart = cycle ? start.AddDays(-_r.Next(10, 41) - _r.Next(60, 151)) : start;
        var firstActivated = AtWork(firstStart);
        l.OpenedAt = firstActivated.AddDays(-_r.Next(20, 91));
        var lead = firstActivated - l.OpenedAt;
        l.Steps.Add((1, l.OpenedAt, false));
        l.Steps.Add((2, l.OpenedAt + (lead * 0.1), false));
        l.Steps.Add((3, l.OpenedAt + (lead * 0.25), false));
        l.Steps.Add((4, l.OpenedAt + (lead * 0.6), false));
        l.RequiredRecords.Add((l.StepAt(3), l.StepAt(4)));
        l.Steps.Add((5, firstActivated, false));
        if (cycle)
        {
            var firstEnd = start.AddDays(-_r.Next(10, 41));
            if (firstEnd <= firstStart.AddDays(29))
                firstEnd = firstStart.AddDays(29);
            var expired = AgencyClock.At(firstEnd.AddDays(1), ReviewRunsAt);
            l.Plans.Add(new PlanLayout(firstStart, firstEnd, Between(l.StepAt(4), firstActivated), firstActivated, 3, expired));
            l.Steps.Add((6, expired, true));
            var activated = AtWork(start);
            var replanned = Between(expired.AddDays(1), activated.AddDays(-1));
            l.Steps.Add((4, replanned, false));
            l.RequiredRecords.Add((expired, replanned));
            l.ReviewAnalysed = true;
            l.Plans.Add(new PlanLayout(start, end, Between(replanned, activated), activated, 2, null));
            l.Steps.Add((5, activated, false));
        }
        else if (stage == 5)
        {
            l.Plans.Add(new PlanLayout(start, end, Between(l.StepAt(4), firstActivated), firstActivated, 2, null));
        }
        else
        {
            var expired = AgencyClock.At(end.AddDays(1), ReviewRunsAt);
            l.Plans.Add(new PlanLayout(start, end, Between(l.StepAt(4), firstActivated), firstActivated, 3, expired));
            l.Steps.Add((6, expired, true));
            l.ReviewStartedAt = expired;
            l.ReviewAnalysed = _r.NextDouble() < 0.5;
        }
        return l;
    }
}
