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
    public async Task<JobResults> SearchAsync(JobQuery query, CancellationToken ct)
    {
        var snapshot = await index.GetAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, JobQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var terms = (query.Q ?? "").ToLowerInvariant().Split([' ', '\u3000', ',', '，'], StringSplitOptions.RemoveEmptyEntries);
        var occupation = string.IsNullOrWhiteSpace(query.Occupation) ? null : query.Occupation.Trim();
        var district = string.IsNullOrWhiteSpace(query.District) ? null : query.District.Trim();
        var items = snapshot.Items;

        IEnumerable<int> candidates;
        if (terms.Length == 0)
        {
            candidates = Enumerable.Range(0, items.Length);
        }
        else
        {
            // The shortest posting list of any character of the words; none at all means no match.
            int[]? shortest = null;
            foreach (var c in terms.SelectMany(t => t).Distinct())
            {
                if (!snapshot.Postings.TryGetValue(c, out var list))
                    return new JobResults([], page, size, 0, snapshot.BuiltAt);
                if (shortest is null || list.Length < shortest.Length)
                    shortest = list;
            }
            candidates = shortest ?? [];
        }

        var skip = (page - 1) * size;
        var found = new List<PublicVacancy>(size);
        var total = 0;
        foreach (var i in candidates)
        {
            var v = items[i];
            if (district is not null && v.DistrictCode != district)
                continue;
            if (occupation is not null && (v.OccupationCode is null || !v.OccupationCode.StartsWith(occupation, StringComparison.Ordinal)))
                continue;
            if (query.PayAtLeast is { } pay && v.PayMax < pay)
                continue;
            if (query.Education is { } education && v.MinEducation > education)
                continue;
            if (!terms.All(t => v.SearchText.Contains(t, StringComparison.Ordinal)))
                continue;
            if (total >= skip && found.Count < size)
                found.Add(v);
            total++;
        }
        return new JobResults(found, page, size, total, snapshot.BuiltAt);
    }
}
