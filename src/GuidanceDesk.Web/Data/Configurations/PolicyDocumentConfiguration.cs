using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Title).HasMaxLength(PolicyDocument.MaxTitle);
        builder.Property(d => d.Issuer).HasMaxLength(PolicyDocument.MaxIssuer);
        builder.Property(d => d.DocumentNumber).HasMaxLength(PolicyDocument.MaxNumber);
        builder.Property(d => d.Summary).HasMaxLength(PolicyDocument.MaxSummary);
        builder.Property(d => d.FullText).HasMaxLength(PolicyDocument.MaxFullText);
        builder.Property(d => d.Link).HasMaxLength(PolicyDocument.MaxLink);
        builder.Property(d => d.StatusNote).HasMaxLength(PolicyDocument.MaxNote);
        builder.Property(d => d.CreatedByUserId).HasMaxLength(450);
        builder.PrimitiveCollection(d => d.Tags).HasField("_tags");
        builder.Ignore(d => d.IsEnded);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(d => d.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        // The library list by kind and status; the 待复核 flag (count on the managers' home page) by review date.
        builder.HasIndex(d => new { d.Status, d.Kind, d.Title });
        builder.HasIndex(d => new { d.Status, d.ReviewDue });
        builder.HasIndex(d => d.ServiceUnitId);

        builder.OwnsMany(d => d.Versions, v =>
        {
            v.ToTable("PolicyDocumentVersions");
            v.WithOwner().HasForeignKey("PolicyDocumentId");
            v.HasKey(x => x.Id);
            v.Property(x => x.DocumentNumber).HasMaxLength(PolicyDocument.MaxNumber);
            v.Property(x => x.Summary).HasMaxLength(PolicyDocument.MaxSummary);
            v.Property(x => x.FullText).HasMaxLength(PolicyDocument.MaxFullText);
            v.Property(x => x.Link).HasMaxLength(PolicyDocument.MaxLink);
            v.Property(x => x.ChangeNote).HasMaxLength(PolicyDocument.MaxNote);
            v.Property(x => x.ChangedByUserId).HasMaxLength(450);
            v.Property(x => x.ChangedByName).HasMaxLength(100);
            v.Ignore(x => x.Content);
            v.HasIndex("PolicyDocumentId", nameof(PolicyDocumentVersion.Number)).IsUnique();
        });
        builder.Navigation(d => d.Versions).HasField("_versions");

        builder.OwnsMany(d => d.Attachments, a =>
        {
            a.ToTable("PolicyAttachments");
            a.WithOwner().HasForeignKey("PolicyDocumentId");
            a.HasKey(x => x.Id);
            a.Property(x => x.AddedByUserId).HasMaxLength(450);
            a.HasOne(x => x.File).WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
            a.HasIndex(x => x.StoredFileId);
        });
        builder.Navigation(d => d.Attachments).HasField("_attachments");
    }
}
