using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ArchiveItemConfiguration : IEntityTypeConfiguration<ArchiveItem>
{
    public void Configure(EntityTypeBuilder<ArchiveItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(ArchiveItem.MaxTitleLength);
        builder.Property(i => i.SourceType).HasMaxLength(40);
        builder.Property(i => i.DisposedByUserId).HasMaxLength(450);
        builder.Property(i => i.DisposalReason).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Current);
        builder.Ignore(i => i.IsDisposed);

        // The case archive page and the completeness check read by case and kind; filing looks a source up.
        builder.HasIndex(i => new { i.CaseId, i.Kind });
        builder.HasIndex(i => new { i.WorkerId, i.Kind });
        builder.HasIndex(i => new { i.SourceType, i.SourceId });
        builder.HasIndex(i => new { i.ServiceUnitId, i.RetainUntil });

        builder.OwnsMany(i => i.Versions, v =>
        {
            v.ToTable("ArchiveItemVersions");
            v.WithOwner().HasForeignKey("ArchiveItemId");
            v.HasKey(x => x.Id);
            v.Property(x => x.AddedByUserId).HasMaxLength(450);
            v.Property(x => x.Note).HasMaxLength(500);
            v.HasOne(x => x.File).WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
            v.HasIndex(x => x.StoredFileId);
        });
        builder.Navigation(i => i.Versions).HasField("_versions");
    }
}
