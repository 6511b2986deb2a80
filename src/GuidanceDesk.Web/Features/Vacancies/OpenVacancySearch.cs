using GuidanceDesk.Web.Data;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>What narrows the staff's search of open vacancies; null means "any".</summary>
public sealed record OpenVacancyFilter(string? Text, string? Occupation, string? District, int? PayAtLeast, long? EmployerId,
    long? ServiceUnitId)
{
    public bool Matches(PublicVacancy v)
    {
        if (District is not null && v.DistrictCode != District)
            return false;
        if (PayAtLeast is { } pay && v.PayMax < pay)
            return false;
        if (EmployerId is { } employer && v.EmployerId != employer)
            return false;
        if (ServiceUnitId is { } unit && v.ServiceUnitId != unit)
            return false;
        if (Occupation is { } code && !OccupationMatches(v, code))
            return false;
        return Text is null || v.Title.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || v.EmployerName.Contains(Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>As the database query reads a code: a group prefix (up to 4 characters), a minor group, or one occupation.</summary>
    private static bool OccupationMatches(PublicVacancy v, string code) => code.Length switch
    {
        <= 4 => v.MediumGroup == code || (v.OccupationCode?.StartsWith(code, StringComparison.Ordinal) ?? false),
        7 => v.MinorGroup == code,
        _ => v.OccupationCode == code,
    };
}

/// <summary>One page of open vacancies' ids in the staff order, and how many match in all.</summary>
public sealed record OpenVacancyPage(IReadOnlyList<long> Ids, int Total);

/// <summary>
/// The staff's search of open vacancies (the 岗位 page's default), from the <see cref="OpenVacancyIndex"/> snapshot:
/// in the database a word in titles and employer names is a <c>LIKE '%…%'</c> over every open vacancy and employer,
/// done twice (count and page), which took 0.8 s on PostgreSQL and many seconds on SQLite at city scale. So that a
/// counselor sees a vacancy they have just published or closed, the vacancies changed since the snapshot's last look
/// are read (by the <c>UpdatedAt</c> index: a few rows) and override what the snapshot says of them.
/// </summary>
public sealed class OpenVacancySearch(AppDbContext db, OpenVacancyIndex index)
{
    public async Task<OpenVacancyPage> SearchAsync(OpenVacancyFilter filter, int skip, int take, CancellationToken ct)
    {
        var snapshot = await index.GetAsync(ct);
        var changed = await index.ChangedSinceAsync(db, snapshot.BuiltAt - OpenVacancyIndex.Margin, ct);
        var fresh = changed.Values.OfType<PublicVacancy>().Where(filter.Matches).ToList();
        fresh.Sort(VacancySnapshot.NewerFirst);

        var ids = new List<long>(take);
        var total = 0;
        var f = 0;
        var ranks = Ranks(snapshot, filter);
        var count = ranks?.Length ?? snapshot.ByUpdate.Length;
        for (var i = 0; i < count; i++)
        {
            var v = snapshot.Items[snapshot.ByUpdate[ranks is null ? i : ranks[i]]];
            if ((changed.Count > 0 && changed.ContainsKey(v.Id)) || !filter.Matches(v))
                continue;
            for (; f < fresh.Count && VacancySnapshot.NewerFirst(fresh[f], v) < 0; f++)
                Take(fresh[f]);
            Take(v);
        }
        for (; f < fresh.Count; f++)
            Take(fresh[f]);
        return new OpenVacancyPage(ids, total);

        void Take(PublicVacancy v)
        {
            if (total >= skip && ids.Count < take)
                ids.Add(v.Id);
            total++;
        }
    }

    /// <summary>
    /// The candidates' places in the staff order (<see cref="VacancySnapshot.ByUpdate"/>): of the shortest of the posting
    /// list of the words' characters and the lists of the district, occupation and employer asked for (thousands, not
    /// the city's 100,000 open vacancies a filter would otherwise test one by one); null when none of these narrows the
    /// search (every open vacancy, in order).
    /// </summary>
    private static int[]? Ranks(VacancySnapshot snapshot, OpenVacancyFilter filter)
    {
        if (!snapshot.TryNarrow(filter.Text?.ToLowerInvariant() ?? "", out var shortest))
            return [];
        if (snapshot.Candidates(filter) is { } listed && (shortest is null || listed.Length < shortest.Length))
            shortest = listed;
        return shortest is null ? null : snapshot.InStaffOrder(shortest);
    }
}
