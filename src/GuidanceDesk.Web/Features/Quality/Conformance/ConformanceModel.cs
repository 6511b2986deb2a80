using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>A reporting period in Beijing dates, both ends included.</summary>
public sealed record ConformancePeriod(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of <see cref="From"/>.</summary>
    public DateTimeOffset Start => AgencyClock.At(From, TimeOnly.MinValue);

    /// <summary>The first instant after <see cref="To"/>, so that "< End" takes the whole last day.</summary>
    public DateTimeOffset End => AgencyClock.At(To.AddDays(1), TimeOnly.MinValue);

    public static ConformancePeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ConformancePeriod Quarter(int year, int quarter) =>
        new(new DateOnly(year, quarter * 3 - 2, 1), new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1));

    public override string ToString() => $"{Fmt.Date(From)} 至 {Fmt.Date(To)}";
}

/// <summary>What a report is computed for: one unit (or the whole city when null), a period, and "today" for rules
/// that look at what is due by now (a follow-up due tomorrow is not late yet).</summary>
public sealed record ConformanceScope(long? UnitId, ConformancePeriod Period, DateOnly Today)
{
    /// <summary>The period's end or today, whichever is earlier: nothing can be late after today.</summary>
    public DateOnly DueBy => Period.To < Today ? Period.To : Today.AddDays(-1);
}

/// <summary>A record behind a row, without names: the report may be shown to a third-party evaluator.</summary>
/// <param name="Reference">What the record is, e.g. "跟进 #123".</param>
/// <param name="Link">The staff page of the record (the evaluator gets none).</param>
/// <param name="WorkerId">The person concerned, turned into a pseudonym for the evaluator.</param>
public sealed record DrillRow(string Reference, string? Link, string Detail, DateTimeOffset? When, long? WorkerId, bool Failing);

/// <summary>One measurable clause of T/CQTSHRA 002-2024 (9.2.2): how it is computed and which records are behind it.</summary>
public interface IConformanceRule
{
    string Key { get; }
    string Clause { get; }
    string Title { get; }
    /// <summary>Where the rule sits in the report (the standard's clause order).</summary>
    int Order { get; }
    Task<ConformanceRow> EvaluateAsync(ConformanceScope scope, CancellationToken ct);
    /// <summary>The failing records first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct);
}

public static class ScopeQueries
{
    /// <summary>Only the scope's unit, or everything for a city-wide report.</summary>
    public static IQueryable<T> InUnit<T>(this IQueryable<T> query, long? unitId) where T : class, IUnitOwned =>
        unitId is { } id ? query.Where(x => x.ServiceUnitId == id) : query;
}
