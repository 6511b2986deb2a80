using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        // The name is the key: two instances inserting the first lease of a job collide on it, and one of them wins.
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.MaxNameLength).ValueGeneratedNever();
        builder.Property(l => l.Holder).HasMaxLength(JobLease.MaxHolderLength);
        builder.Property(l => l.LastResult).HasMaxLength(JobLease.MaxResultLength);
    }
}
