using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>One open vacancy as the public search shows it: no personal data of anyone.</summary>
public sealed record PublicVacancy(long Id, string Title, string EmployerName, string? OccupationCode, string? OccupationName,
    string DistrictCode, string? District, int PayMin, int PayMax, Education MinEducation, int MinExperienceYears, int OpenPosts,
    DateOnly ClosesOn, DateTimeOffset PublishedAt, [property: System.Text.Json.Serialization.JsonIgnore] string SearchText);

/// <summary>
/// The open vacancies of the city in memory, for the no-login search of the hall's kiosks and the web (4.2d), which
/// must answer hundreds of requests a second: a keyword search by <c>LIKE '%…%'</c> would scan every open vacancy in
/// the database for each one. Items are ordered newest first; every character of the searchable text has a posting
/// list and every district a list, so a search walks the shortest list that can hold its answers. The snapshot is
/// rebuilt in the background when a change was made here (after <see cref="RefreshDelay"/>) and at least every
/// <see cref="MaxAge"/> (changes made by other instances); <c>PublicJobs:RefreshSeconds = 0</c> rebuilds on the
/// request instead (tests).
/// </summary>
public sealed class OpenVacancyIndex(IServiceScopeFactory scopes, TimeProvider time, OccupationCatalog occupations,
    DivisionCatalog divisions, IConfiguration configuration, ILogger<OpenVacancyIndex> log) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private readonly TimeSpan _refreshDelay = TimeSpan.FromSeconds(configuration.GetValue("PublicJobs:RefreshSeconds", 5));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;
    private volatile bool _stale = true;

    public TimeSpan RefreshDelay => _refreshDelay;

    public void Dispose() => _gate.Dispose();

    /// <summary>A vacancy was opened, changed or ended: the next search after the delay sees a new snapshot.</summary>
    public void MarkStale() => _stale = true;

    public async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        var current = _snapshot;
        var age = current is null ? TimeSpan.MaxValue : time.GetUtcNow() - current.BuiltAt;
        var due = age > MaxAge || (_stale && age >= _refreshDelay);
        if (current is not null && !due)
            return current;
        if (current is not null && _refreshDelay > TimeSpan.Zero)
        {
            // Serve the snapshot we have; one rebuild at a time runs beside the requests.
            if (_gate.Wait(0, CancellationToken.None))
                _ = Task.Run(async () => { try { await RebuildAsync(CancellationToken.None); } finally { _gate.Release(); } }, CancellationToken.None);
            return current;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (_snapshot is { } fresh && fresh != current && !_stale)
                return fresh;
            return await RebuildAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Snapshot> RebuildAsync(CancellationToken ct)
    {
        try
        {
            _stale = false;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open)
                .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id)
                .Select(v => new
                {
                    v.Id, v.Title, Employer = db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).FirstOrDefault(), v.OccupationCode,
                    v.OccupationNote, v.DistrictCode, v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears, v.Posts, v.Hired, v.ClosesOn, v.PublishedAt,
                }).ToListAsync(ct);
            var items = rows.Select(v =>
            {
                var occupation = v.OccupationCode is null ? v.OccupationNote : occupations.Find(v.OccupationCode)?.Name;
                var employer = v.Employer ?? "";
                return new PublicVacancy(v.Id, v.Title, employer, v.OccupationCode, occupation, v.DistrictCode,
                    divisions.FindDistrict(v.DistrictCode)?.Name, v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears,
                    Math.Max(0, v.Posts - v.Hired), v.ClosesOn, v.PublishedAt ?? default,
                    $"{v.Title}\u0001{employer}\u0001{occupation}".ToLowerInvariant());
            }).ToArray();
            var snapshot = new Snapshot(items, time.GetUtcNow());
            _snapshot = snapshot;
            return snapshot;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _stale = true;
            log.LogError(e, "Rebuilding the open-vacancy index failed");
            return _snapshot ?? throw new InvalidOperationException("岗位信息暂时无法读取，请稍后再试", e);
        }
    }

    /// <summary>The vacancies and, per character, the positions (ascending = newest first) whose text holds it.</summary>
    public sealed class Snapshot
    {
        public Snapshot(PublicVacancy[] items, DateTimeOffset builtAt)
        {
            Items = items;
            BuiltAt = builtAt;
            var lists = new Dictionary<char, List<int>>();
            for (var i = 0; i < items.Length; i++)
            {
                foreach (var c in items[i].SearchText.Distinct())
                {
                    if (!lists.TryGetValue(c, out var list))
                        lists[c] = list = [];
                    list.Add(i);
                }
            }
            Postings = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
            ByDistrict = Enumerable.Range(0, items.Length).GroupBy(i => items[i].DistrictCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        }

        public PublicVacancy[] Items { get; }
        public DateTimeOffset BuiltAt { get; }
        public IReadOnlyDictionary<char, int[]> Postings { get; }

        /// <summary>Positions by district, newest first: the kiosk's most common search is "my district".</summary>
        public IReadOnlyDictionary<string, int[]> ByDistrict { get; }
    }
}
