using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Vacancies;

namespace GuidanceDesk.Web.Features.PublicJobs;

/// <summary>What a visitor searches by (4.2d): words, occupation (code or group prefix), district, lowest pay wanted.</summary>
public sealed record JobQuery(string? Q = null, string? Occupation = null, string? District = null, int? PayAtLeast = null,
    Education? Education = null, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 50;
}

public sealed record JobResults(IReadOnlyList<PublicVacancy> Items, int Page, int PageSize, int Total, DateTimeOffset AsOf)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Searches the in-memory snapshot of open vacancies; see <see cref="OpenVacancyIndex"/> for why.</summary>
public sealed class JobSearch(OpenVacancyIndex index)
{
    public async Task<JobResults> SearchAsync(JobQuery query, CancellationToken ct) => Search(await index.GetAsync(ct), query);

    /// <summary>One page of the snapshot's open vacancies that match, in the snapshot's order, and how many match in all.</summary>
    internal static JobResults Search(VacancySnapshot snapshot, JobQuery query)
    {
        var size = Math.Clamp(query.PageSize, 1, JobQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var terms = (query.Q ?? "").ToLowerInvariant().Split([' ', '\u3000', ',', '，'], StringSplitOptions.RemoveEmptyEntries);
        var occupation = string.IsNullOrWhiteSpace(query.Occupation) ? null : query.Occupation.Trim();
        var district = string.IsNullOrWhiteSpace(query.District) ? null : query.District.Trim();
        var items = snapshot.Items;

        // Candidates: the shortest of the posting lists of the words' characters, the district's vacancies and those whose
        // occupation starts with the code's first character (a superset: Matches decides); else all. Without the last,
        // a search by occupation group and pay tested every open vacancy of the city (100,000).
        if (!snapshot.TryNarrow(terms.SelectMany(t => t), out var candidates))
            return new JobResults([], page, size, 0, snapshot.BuiltAt);
        if (district is not null)
            candidates = Shorter(candidates, snapshot.ByDistrict.GetValueOrDefault(district) ?? []);
        if (occupation is not null)
            candidates = Shorter(candidates, snapshot.ByOccupationLead.GetValueOrDefault(occupation[..1]) ?? []);

        var skip = (page - 1) * size;
        var found = new List<PublicVacancy>(size);
        var total = 0;
        var count = candidates?.Length ?? items.Length;
        for (var n = 0; n < count; n++)
        {
            var v = items[candidates is null ? n : candidates[n]];
            if (!Matches(v, district, occupation, query.PayAtLeast, query.Education, terms))
                continue;
            if (total >= skip && found.Count < size)
                found.Add(v);
            total++;
        }
        return new JobResults(found, page, size, total, snapshot.BuiltAt);
    }

    private static int[] Shorter(int[]? a, int[] b) => a is null || b.Length < a.Length ? b : a;

    private static bool Matches(PublicVacancy v, string? district, string? occupation, int? payAtLeast, Education? education, string[] terms)
    {
        if (district is not null && v.DistrictCode != district)
            return false;
        if (occupation is not null && (v.OccupationCode is null || !v.OccupationCode.StartsWith(occupation, StringComparison.Ordinal)))
            return false;
        if (payAtLeast is { } pay && v.PayMax < pay)
            return false;
        if (education is { } e && v.MinEducation > e)
            return false;
        foreach (var t in terms)
        {
            if (!v.SearchText.Contains(t, StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
