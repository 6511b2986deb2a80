using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class HandbookConfiguration : IEntityTypeConfiguration<Handbook>
{
    public void Configure(EntityTypeBuilder<Handbook> builder)
    {
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Property(h => h.Title).HasMaxLength(Handbook.MaxTitle);
        builder.Property(h => h.Audience).HasMaxLength(Handbook.MaxAudience);
        builder.Property(h => h.Intro).HasMaxLength(Handbook.MaxIntro);
        builder.Property(h => h.PublishedTitle).HasMaxLength(Handbook.MaxTitle);
        builder.Property(h => h.PublishedAudience).HasMaxLength(Handbook.MaxAudience);
        builder.Property(h => h.PublishedIntro).HasMaxLength(Handbook.MaxIntro);
        builder.Property(h => h.PublishedByName).HasMaxLength(100);
        // The working copy and the published copy: each a JSON list, read and written with the handbook.
        builder.OwnsMany(h => h.Sections, s => s.ToJson());
        builder.Navigation(h => h.Sections).HasField("_sections");
        builder.OwnsMany(h => h.PublishedSections, s => s.ToJson());
        builder.Navigation(h => h.PublishedSections).HasField("_published");
        builder.HasIndex(h => new { h.IsPublished, h.PublishedAt });
    }
}
