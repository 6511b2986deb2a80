using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>
/// The one database of. Handlers take this type; each provider has a subclass only so that it can keep its own
/// migration set (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
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
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly,
            t => t.Namespace == typeof(Configurations.WorkerConfiguration).Namespace);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Refuses changes to the audit log and bumps the version of every changed aggregate. An owned part (a document,
    /// a certificate) changing counts as a change of its owner, so the owner's version moves too.
    /// </summary>
    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        var bumped = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit log is append-only.");
            if (entry.State is not (EntityState.Modified or EntityState.Added or EntityState.Deleted))
                continue;
            var owner = entry.Metadata.IsOwned() ? FindOwner(entry) : entry.Entity;
            if (owner is IVersioned versioned && bumped.Add(owner))
            {
                var ownerEntry = Entry(owner);
                if (ownerEntry.State == EntityState.Unchanged)
                    ownerEntry.State = EntityState.Modified;
                if (ownerEntry.State == EntityState.Modified)
                    versioned.BumpVersion();
            }
        }
    }

    private static object? FindOwner(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is null)
            return null;
        var ownerKey = ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray();
        var ownerEntry = entry.Context.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(ownerKey));
        if (ownerEntry is null)
            return null;
        return ownerEntry.Metadata.IsOwned() ? FindOwner(ownerEntry) : ownerEntry.Entity;
    }
}
