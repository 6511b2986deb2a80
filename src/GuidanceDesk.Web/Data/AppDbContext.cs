using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GuidanceDesk.Web.Data;

/// <summary>
/// The one database of. Handlers take this type; each provider has a subclass only so that it can keep its own
/// migration set (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<ServiceUnit> ServiceUnits => Set<ServiceUnit>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<CounselorSlot> CounselorSlots => Set<CounselorSlot>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<GuidanceCase> GuidanceCases => Set<GuidanceCase>();
    public DbSet<GuidanceRecord> GuidanceRecords => Set<GuidanceRecord>();
    public DbSet<EmploymentPlan> EmploymentPlans => Set<EmploymentPlan>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<CaseMessage> CaseMessages => Set<CaseMessage>();
    public DbSet<SavedFilter> SavedFilters => Set<SavedFilter>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();
    public DbSet<WageGuidance> WageGuidance => Set<WageGuidance>();
    public DbSet<SeekerIntention> SeekerIntentions => Set<SeekerIntention>();
    // The key ring's table, created by these migrations; the key store itself reads it through KeyRingDbContext.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly,
            t => t.Namespace == typeof(Configurations.WorkerConfiguration).Namespace);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (workers, touched) = PrepareSave();
        return workers.Count == 0 && touched is null ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : SaveWithFollowersAsync(workers, touched, acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>A save whose rows other rows follow: the seeker intentions before it, the worklist's columns after it.</summary>
    private async Task<int> SaveWithFollowersAsync(List<Worker> workers, WorklistTouch? touched, bool acceptAll, CancellationToken ct)
    {
        if (workers.Count > 0)
            await SyncSeekerIntentionsAsync(workers, ct);
        if (touched is null)
            return await base.SaveChangesAsync(acceptAll, ct);
        // One transaction, so that the derived columns commit with the change they follow (or neither does).
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var saved = await WithoutSavepointAsync(own is not null, () => base.SaveChangesAsync(acceptAll, ct));
        await RefreshWorklistColumnsAsync(touched, ct);
        if (own is not null)
            await own.CommitAsync(ct);
        return saved;
    }

    /// <summary>
    /// Saves without the savepoint EF Core sets before a save inside a transaction and releases after it (two more round
    /// trips to PostgreSQL) when <paramref name="transactionJustBegun"/>: a savepoint at the start of a transaction
    /// protects nothing the transaction's own rollback does not, and no caller goes on after a failed save.
    /// </summary>
    public Task<int> SaveWithoutSavepointAsync(bool transactionJustBegun, CancellationToken ct) =>
        WithoutSavepointAsync(transactionJustBegun, () => SaveChangesAsync(ct));

    private async Task<int> WithoutSavepointAsync(bool transactionJustBegun, Func<Task<int>> save)
    {
        var savepoints = Database.AutoSavepointsEnabled;
        Database.AutoSavepointsEnabled &= !transactionJustBegun;
        try
        {
            return await save();
        }
        finally
        {
            Database.AutoSavepointsEnabled = savepoints;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Refuses changes to the audit log and bumps the version of every changed aggregate. An owned part (a document,
    /// a certificate) changing counts as a change of its owner, so the owner's version moves too. Returns the workers
    /// added or changed, whose <see cref="SeekerIntention"/> rows follow them, and what the worklist's derived columns
    /// follow (<see cref="NoteWorklistTouches"/>, noted before the versions are bumped).
    /// </summary>
    private (List<Worker> Workers, WorklistTouch? Touched) PrepareSave()
    {
        ChangeTracker.DetectChanges();
        // One snapshot of the tracked entries, and owners found by key: ChangeTracker.Entries() detects changes again
        // on every call, so scanning it once per owned entry made a save of a few hundred aggregates with JSON
        // collections quadratic (the nightly plan expiry of ~700 plans took 8.5–9 s here, 2–2.7 s without the rescans).
        var entries = ChangeTracker.Entries().ToList();
        Dictionary<(IEntityType, string), EntityEntry>? byKey = null;
        var touched = NoteWorklistTouches(entries);
        var bumped = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit log is append-only.");
            if (entry.State is not (EntityState.Modified or EntityState.Added or EntityState.Deleted))
                continue;
            var owner = entry.Metadata.IsOwned() ? FindOwner(entry, byKey ??= IndexByKey(entries)) : entry.Entity;
            if (owner is IVersioned versioned && bumped.Add(owner))
            {
                var ownerEntry = Entry(owner);
                if (ownerEntry.State == EntityState.Unchanged)
                    ownerEntry.State = EntityState.Modified;
                if (ownerEntry.State == EntityState.Modified)
                    versioned.BumpVersion();
            }
        }
        return ([.. bumped.OfType<Worker>()], touched);
    }

    private static Dictionary<(IEntityType, string), EntityEntry> IndexByKey(List<EntityEntry> entries)
    {
        var index = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var e in entries)
        {
            if (e.Metadata.FindPrimaryKey() is { } key)
                index[(e.Metadata, KeyText(e, key.Properties))] = e;
        }
        return index;
    }

    private static object? FindOwner(EntityEntry entry, Dictionary<(IEntityType, string), EntityEntry> byKey)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is null)
            return null;
        var ownerKey = KeyText(entry, ownership.Properties);
        var ownerEntry = ownership.PrincipalKey.IsPrimaryKey()
            ? byKey.GetValueOrDefault((ownership.PrincipalEntityType, ownerKey))
            : entry.Context.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                && KeyText(e, ownership.PrincipalKey.Properties) == ownerKey);
        if (ownerEntry is null)
            return null;
        return ownerEntry.Metadata.IsOwned() ? FindOwner(ownerEntry, byKey) : ownerEntry.Entity;
    }

    private static string KeyText(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('\u001f', properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
}
