using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class SavedFilterConfiguration : IEntityTypeConfiguration<SavedFilter>
{
    public void Configure(EntityTypeBuilder<SavedFilter> builder)
    {
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.Property(f => f.Name).HasMaxLength(50);
        builder.Property(f => f.Query).HasMaxLength(500);
        builder.HasIndex(f => new { f.UserId, f.Name }).IsUnique();
    }
}
