using GuidanceDesk.Web.Features.PublicJobs;
using GuidanceDesk.Web.Features.Vacancies;

namespace GuidanceDesk.Tests.Features.Vacancies;

/// <summary>
/// The public job search (4.2d) tests only the vacancies of its shortest candidate list (a word's characters, the
/// district, the occupation's first character); a list that left out a match would hide a job from a visitor. Each
/// query's page and total are checked against a test of every vacancy of a synthetic snapshot.
/// </summary>
public sealed class JobSearchTests
{
    public static TheoryData<string?, string?, string?, int?, int> Queries => new()
    {
        { null, "4", null, 5000, 1 },
        { null, "4-01", null, null, 2 },
        { null, "4-01-02-01", "500103", null, 1 },
        { null, "2", "500105", 4000, 1 },
        { "岗位1", "4", null, null, 1 },
        { "岗位", null, "500101", null, 3 },
        { null, "9", null, null, 1 },
        { null, null, "999999", null, 1 },
        { null, null, null, 7000, 1 },
    };

    [Theory, MemberData(nameof(Queries)), Trait("Clause", "4.2d")]
    public void A_search_finds_every_open_vacancy_that_matches_in_order(string? q, string? occupation, string? district, int? pay, int page)
    {
        var snapshot = VacancySnapshotTests.Snapshot(600);
        var query = new JobQuery(q, occupation, district, pay, Page: page, PageSize: 20);
        var all = snapshot.Items.Where(v => (district is null || v.DistrictCode == district)
            && (occupation is null || (v.OccupationCode?.StartsWith(occupation, StringComparison.Ordinal) ?? false))
            && (pay is null || v.PayMax >= pay)
            && (q is null || v.SearchText.Contains(q, StringComparison.Ordinal))).Select(v => v.Id).ToList();

        var found = JobSearch.Search(snapshot, query);

        Assert.Equal(all.Count, found.Total);
        Assert.Equal(all.Skip((page - 1) * 20).Take(20), found.Items.Select(v => v.Id));
    }
}
