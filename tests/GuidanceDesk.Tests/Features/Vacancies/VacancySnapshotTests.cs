using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Vacancies;

namespace GuidanceDesk.Tests.Features.Vacancies;

/// <summary>
/// The staff search narrows to the list of the district, occupation or employer asked for before it tests each
/// vacancy; a list that left out a vacancy the filter accepts would hide it from the counselor. Checked against every
/// vacancy of a synthetic snapshot, for each kind of filter.
/// </summary>
public sealed class VacancySnapshotTests
{
    private static readonly string?[] Codes = ["4-01-02-01", "4-01-02-03", "4-01-03-02", "4-02-01-01", "2-02-01-03", null];
    private static readonly string[] Districts = ["500101", "500103", "500105", "500106"];

    public static TheoryData<string?, string?, long?, int?> Filters => new()
    {
        { "500103", null, null, null },
        { null, "4", null, null },
        { null, "4-01", null, null },
        { null, "4-01-02", null, null },
        { null, "4-01-02-01", null, null },
        { "500105", "4-01", null, 5000 },
        { null, null, 7L, null },
        { "500101", "2-02-01", 3L, null },
        { "999999", null, null, null },
        { null, "9", null, null },
        { null, "4-09-09", null, null },
    };

    [Theory, MemberData(nameof(Filters)), Trait("Clause", "7.1.4")]
    public void The_candidates_of_a_filter_include_every_vacancy_it_accepts(string? district, string? occupation, long? employer, int? pay)
    {
        var snapshot = Snapshot(600);
        var filter = new OpenVacancyFilter(null, occupation, district, pay, employer, null);
        var accepted = Enumerable.Range(0, snapshot.Items.Length).Where(i => filter.Matches(snapshot.Items[i])).ToList();

        var candidates = snapshot.Candidates(filter);

        Assert.NotNull(candidates);
        Assert.Empty(accepted.Except(candidates));
        // And it narrows: never more than the whole, far fewer for one district, minor group or employer.
        Assert.True(candidates.Length < snapshot.Items.Length);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public void Without_district_occupation_or_employer_every_vacancy_is_a_candidate()
    {
        Assert.Null(Snapshot(50).Candidates(new OpenVacancyFilter("焊工", null, null, 4000, null, 1)));
    }

    internal static VacancySnapshot Snapshot(int count)
    {
        var random = new Random(20261127);
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var items = Enumerable.Range(1, count).Select(id =>
        {
            var code = Codes[random.Next(Codes.Length)];
            var published = start.AddMinutes(random.Next(100_000));
            return new PublicVacancy(id, "岗位" + id, "单位" + id, code, null, Districts[random.Next(Districts.Length)], null,
                3000, 3000 + random.Next(6) * 1000, Education.Unknown, 0, 1, DateOnly.FromDateTime(published.UtcDateTime).AddDays(30),
                published, "岗位" + id)
            {
                EmployerId = random.Next(1, 21),
                ServiceUnitId = 1,
                MediumGroup = code?[..4],
                MinorGroup = code?[..7],
                UpdatedAt = published.AddMinutes(random.Next(1000)),
            };
        });
        return new VacancySnapshot(items, start.AddDays(90));
    }
}
