using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;
using System.Text.Json.Serialization;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>
/// One open vacancy as the public search shows it: no personal data of anyone. The ignored properties serve the staff
/// search (<see cref="OpenVacancySearch"/>) and are never sent to a visitor.
/// </summary>
public sealed record PublicVacancy(long Id, string Title, string EmployerName, string? OccupationCode, string? OccupationName,
    string DistrictCode, string? District, int PayMin, int PayMax, Education MinEducation, int MinExperienceYears, int OpenPosts,
    DateOnly ClosesOn, DateTimeOffset PublishedAt, [property: JsonIgnore] string SearchText)
{
    [JsonIgnore] public long EmployerId { get; init; }
    [JsonIgnore] public long ServiceUnitId { get; init; }
    [JsonIgnore] public string? MediumGroup { get; init; }
    [JsonIgnore] public string? MinorGroup { get; init; }
    [JsonIgnore] public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// The open vacancies of the city in memory, for the no-login search of the hall's kiosks and the web (4.2d), which
/// must answer hundreds of requests a second: a keyword search by <c>LIKE '%…%'</c> would scan every open vacancy in
/// the database for each one. The first search loads every open vacancy; after that only the vacancies changed since
/// the last look are read (by <c>UpdatedAt</c>, which every change moves, with a margin for clocks and commits) and
/// patched in, at most every <see cref="RefreshDelay"/> after a change made here and every <see cref="Poll"/>
/// otherwise (changes made by other instances). Searches are served from the current snapshot meanwhile;
/// <c>PublicJobs:RefreshSeconds = 0</c> refreshes on the request instead (tests).
/// </summary>
public sealed class OpenVacancyIndex(IServiceScopeFactory scopes, TimeProvider time, OccupationCatalog occupations,
    DivisionCatalog divisions, IConfiguration configuration, ILogger<OpenVacancyIndex> log) : IDisposable
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);
    /// <summary>How far before a look the next one reads again: clocks of instances and late commits.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);
    /// <summary>A full reload now and then heals anything the change window missed (a transaction committed very late).</summary>
    private static readonly TimeSpan FullReload = TimeSpan.FromMinutes(30);
    private readonly TimeSpan _refreshDelay = TimeSpan.FromSeconds(configuration.GetValue("PublicJobs:RefreshSeconds", 5));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<long, PublicVacancy> _open = [];
    private DateTimeOffset _seenUpTo;
    private DateTimeOffset _fullAt;
    private volatile VacancySnapshot? _snapshot;
    private volatile bool _stale = true;

    public TimeSpan RefreshDelay => _refreshDelay;

    public void Dispose() => _gate.Dispose();

    /// <summary>A vacancy was opened, changed or ended here: the next search after the delay sees it.</summary>
    public void MarkStale() => _stale = true;

    public async Task<VacancySnapshot> GetAsync(CancellationToken ct)
    {
        var current = _snapshot;
        var age = current is null ? TimeSpan.MaxValue : time.GetUtcNow() - current.BuiltAt;
        if (current is not null && age < Poll && !(_stale && age >= _refreshDelay))
            return current;
        if (current is not null && _refreshDelay > TimeSpan.Zero)
        {
            // Serve the snapshot we have; one refresh at a time runs beside the requests.
            if (_gate.Wait(0, CancellationToken.None))
                _ = Task.Run(async () => { try { await RefreshAsync(CancellationToken.None); } finally { _gate.Release(); } }, CancellationToken.None);
            return current;
        }
        await _gate.WaitAsync(ct);
        try
        {
            return await RefreshAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads what changed (everything the first time) and builds a new snapshot when anything did.</summary>
    private async Task<VacancySnapshot> RefreshAsync(CancellationToken ct)
    {
        try
        {
            _stale = false;
            var started = time.GetUtcNow();
            var first = _snapshot is null || started - _fullAt > FullReload;
            if (first)
            {
                _open.Clear();
                _fullAt = started;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var query = db.Vacancies.AsNoTracking();
            var since = first ? default : _seenUpTo - Margin;
            var until = started + Margin;
            // A time stamp ahead of the clock (an import, a clock set wrong) would otherwise come back on every look.
            query = first ? query.Where(v => v.Status == VacancyStatus.Open) : query.Where(v => v.UpdatedAt >= since && v.UpdatedAt <= until);
            var rows = await Rows(db, query).ToListAsync(ct);
            // The margin reads the last changes again on every look: only a real difference rebuilds the snapshot
            // (a rebuild of the city's 100,000 open vacancies costs the CPU of hundreds of requests).
            var changed = first;
            foreach (var row in rows)
            {
                if (row.Status == VacancyStatus.Open)
                {
                    var now = ToPublic(row);
                    if (!_open.TryGetValue(row.Id, out var had) || had != now)
                    {
                        _open[row.Id] = now;
                        changed = true;
                    }
                }
                else if (_open.Remove(row.Id))
                {
                    changed = true;
                }
            }
            var latest = rows.Where(r => r.UpdatedAt <= until).Select(r => r.UpdatedAt).DefaultIfEmpty(_seenUpTo).Max();
            if (latest > _seenUpTo)
                _seenUpTo = latest;
            if (first && rows.Count == 0)
                _seenUpTo = started;
            var snapshot = changed || _snapshot is null ? new VacancySnapshot(_open.Values, started) : _snapshot.Touched(started);
            _snapshot = snapshot;
            return snapshot;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _stale = true;
            log.LogError(e, "Refreshing the open-vacancy index failed");
            return _snapshot ?? throw new InvalidOperationException("岗位信息暂时无法读取，请稍后再试", e);
        }
    }

    /// <summary>
    /// Every vacancy changed at or after <paramref name="since"/>, by id: as it is now when open, null when it is not
    /// (any more). The staff search lays these over a snapshot so that it shows a change at once. Time stamps ahead of
    /// the clock are left to the snapshot (see <see cref="RefreshAsync"/>).
    /// </summary>
    public async Task<Dictionary<long, PublicVacancy?>> ChangedSinceAsync(AppDbContext db, DateTimeOffset since, CancellationToken ct)
    {
        var until = time.GetUtcNow() + Margin;
        var rows = await Rows(db, db.Vacancies.AsNoTracking().Where(v => v.UpdatedAt >= since && v.UpdatedAt <= until)).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => r.Status == VacancyStatus.Open ? ToPublic(r) : null);
    }

    private static IQueryable<VacancyRow> Rows(AppDbContext db, IQueryable<Vacancy> query) =>
        query.Select(v => new VacancyRow(v.Id, v.Status, v.Title,
            db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).FirstOrDefault(), v.OccupationCode, v.OccupationNote,
            v.DistrictCode, v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears, v.Posts, v.Hired, v.ClosesOn, v.PublishedAt,
            v.UpdatedAt, v.EmployerId, v.ServiceUnitId, v.MediumGroup, v.MinorGroup));

    private PublicVacancy ToPublic(VacancyRow v)
    {
        var occupation = v.OccupationCode is null ? v.OccupationNote : occupations.Find(v.OccupationCode)?.Name;
        var employer = v.Employer ?? "";
        return new PublicVacancy(v.Id, v.Title, employer, v.OccupationCode, occupation, v.DistrictCode,
            divisions.FindDistrict(v.DistrictCode)?.Name, v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears,
            Math.Max(0, v.Posts - v.Hired), v.ClosesOn, v.PublishedAt ?? default,
            $"{v.Title}\u0001{employer}\u0001{occupation}".ToLowerInvariant())
        {
            EmployerId = v.EmployerId, ServiceUnitId = v.ServiceUnitId, MediumGroup = v.MediumGroup, MinorGroup = v.MinorGroup,
            UpdatedAt = v.UpdatedAt,
        };
    }

    private sealed record VacancyRow(long Id, VacancyStatus Status, string Title, string? Employer, string? OccupationCode,
        string? OccupationNote, string DistrictCode, int PayMin, int PayMax, Education MinEducation, int MinExperienceYears,
        int Posts, int Hired, DateOnly ClosesOn, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, long EmployerId,
        long ServiceUnitId, string? MediumGroup, string? MinorGroup);
}
