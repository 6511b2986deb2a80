using System.Runtime.CompilerServices;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>
/// The open vacancies, newest first, and for each character of their searchable text and each district the positions
/// (ascending, so newest first) of the vacancies that have it. Immutable: a refresh builds a new one.
/// </summary>
public sealed class VacancySnapshot
{
    public VacancySnapshot(IEnumerable<PublicVacancy> open, DateTimeOffset builtAt)
    {
        var items = open.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).ToArray();
        Items = items;
        BuiltAt = builtAt;
        var lists = new Dictionary<char, List<int>>();
        var seen = new HashSet<char>();
        for (var i = 0; i < items.Length; i++)
        {
            seen.Clear();
            foreach (var c in items[i].SearchText)
            {
                if (!seen.Add(c))
                    continue;
                if (!lists.TryGetValue(c, out var list))
                    lists[c] = list = [];
                list.Add(i);
            }
        }
        Postings = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
        ByDistrict = Group<string>(items, v => [v.DistrictCode]);
        ByOccupationLead = Group(items, v => new[] { v.OccupationCode, v.MediumGroup }.OfType<string>().Where(c => c.Length > 0)
            .Select(c => c[..1]).Distinct());
        ByMinorGroup = Group<string>(items, v => v.MinorGroup is { } m ? [m] : []);
        ByOccupation = Group<string>(items, v => v.OccupationCode is { } o ? [o] : []);
        ByEmployer = Group<long>(items, v => [v.EmployerId]);
        var byUpdate = Enumerable.Range(0, items.Length).ToArray();
        Array.Sort(byUpdate, (a, b) => NewerFirst(items[a], items[b]));
        var rank = new int[items.Length];
        for (var r = 0; r < byUpdate.Length; r++)
            rank[byUpdate[r]] = r;
        ByUpdate = byUpdate;
        UpdateRank = rank;
        _ranked = new ConditionalWeakTable<int[], int[]>();
        _rank = RanksOf;
    }

    /// <summary>The staff list's order: last changed first, then the higher id.</summary>
    public static int NewerFirst(PublicVacancy a, PublicVacancy b)
    {
        var c = b.UpdatedAt.CompareTo(a.UpdatedAt);
        return c != 0 ? c : b.Id.CompareTo(a.Id);
    }

    private VacancySnapshot(VacancySnapshot same, DateTimeOffset checkedAt)
    {
        Items = same.Items;
        Postings = same.Postings;
        ByDistrict = same.ByDistrict;
        ByOccupationLead = same.ByOccupationLead;
        ByMinorGroup = same.ByMinorGroup;
        ByOccupation = same.ByOccupation;
        ByEmployer = same.ByEmployer;
        ByUpdate = same.ByUpdate;
        UpdateRank = same.UpdateRank;
        _ranked = same._ranked;
        _rank = same._rank;
        BuiltAt = checkedAt;
    }

    public PublicVacancy[] Items { get; }

    /// <summary>When the database was last looked at for it (not necessarily when it changed).</summary>
    public DateTimeOffset BuiltAt { get; }

    public IReadOnlyDictionary<char, int[]> Postings { get; }

    /// <summary>Positions by district: the kiosk's most common search is "my district".</summary>
    public IReadOnlyDictionary<string, int[]> ByDistrict { get; }

    /// <summary>Positions by the first character of the occupation code and of its medium group (a code prefix of up to 4).</summary>
    public IReadOnlyDictionary<string, int[]> ByOccupationLead { get; }

    public IReadOnlyDictionary<string, int[]> ByMinorGroup { get; }

    public IReadOnlyDictionary<string, int[]> ByOccupation { get; }

    /// <summary>Positions by employer: an employer's own list in the portal.</summary>
    public IReadOnlyDictionary<long, int[]> ByEmployer { get; }

    /// <summary>
    /// The positions that can match <paramref name="filter"/>'s district, occupation or employer (a superset: the
    /// filter still decides), the shortest of them; null when the filter names none of these. An unknown key: none.
    /// </summary>
    public int[]? Candidates(OpenVacancyFilter filter)
    {
        int[]? shortest = null;
        if (filter.District is { } district)
            Consider(ByDistrict.GetValueOrDefault(district));
        if (filter.Occupation is { } code)
            Consider(code.Length switch
            {
                <= 4 => ByOccupationLead.GetValueOrDefault(code[..1]),
                7 => ByMinorGroup.GetValueOrDefault(code),
                _ => ByOccupation.GetValueOrDefault(code),
            });
        if (filter.EmployerId is { } employer)
            Consider(ByEmployer.GetValueOrDefault(employer));
        return shortest;

        void Consider(int[]? list)
        {
            list ??= [];
            if (shortest is null || list.Length < shortest.Length)
                shortest = list;
        }
    }

    /// <summary>Positions (ascending) under each key a vacancy gives.</summary>
    private static Dictionary<TKey, int[]> Group<TKey>(PublicVacancy[] items, Func<PublicVacancy, IEnumerable<TKey>> keys) where TKey : notnull
    {
        // The default comparer of string is ordinal.
        var lists = new Dictionary<TKey, List<int>>();
        for (var i = 0; i < items.Length; i++)
        {
            foreach (var key in keys(items[i]))
            {
                if (!lists.TryGetValue(key, out var list))
                    lists[key] = list = [];
                list.Add(i);
            }
        }
        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>
    /// The shortest posting list among the characters of <paramref name="text"/> (lower case): the fewest vacancies to
    /// check. False when some character is in no vacancy, so nothing can match; the list is null when there is no text.
    /// </summary>
    public bool TryNarrow(IEnumerable<char> text, out int[]? shortest)
    {
        shortest = null;
        foreach (var c in text)
        {
            if (!Postings.TryGetValue(c, out var list))
                return false;
            if (shortest is null || list.Length < shortest.Length)
                shortest = list;
        }
        return true;
    }

    /// <summary>Positions in the staff list's order (<see cref="NewerFirst"/>).</summary>
    public int[] ByUpdate { get; }

    /// <summary>For each position, its place in <see cref="ByUpdate"/>: sorts a posting list into the staff order.</summary>
    public int[] UpdateRank { get; }

    // A list's ranks, by the list (its identity): the lists are this snapshot's own arrays, never changed, and a table
    // keyed weakly lets them go with the snapshot. Shared with the snapshot's touched copies, which have the same lists.
    private readonly ConditionalWeakTable<int[], int[]> _ranked;
    private readonly ConditionalWeakTable<int[], int[]>.CreateValueCallback _rank;

    /// <summary>
    /// The places in <see cref="ByUpdate"/> (ascending: the staff order) of the positions of one of this snapshot's
    /// lists (<see cref="Postings"/>, <see cref="Candidates"/>), sorted the first time a list is asked for and kept: a
    /// district's or an occupation group's thousands of positions were sorted again on every staff search.
    /// </summary>
    public int[] InStaffOrder(int[] positions) => _ranked.GetValue(positions, _rank);

    private int[] RanksOf(int[] positions)
    {
        var ranks = new int[positions.Length];
        for (var i = 0; i < positions.Length; i++)
            ranks[i] = UpdateRank[positions[i]];
        Array.Sort(ranks);
        return ranks;
    }

    /// <summary>The same vacancies, checked again at <paramref name="checkedAt"/> and found unchanged.</summary>
    public VacancySnapshot Touched(DateTimeOffset checkedAt) => new(this, checkedAt);
}
