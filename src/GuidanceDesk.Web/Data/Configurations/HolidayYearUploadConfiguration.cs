using GuidanceDesk.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class HolidayYearUploadConfiguration : IEntityTypeConfiguration<HolidayYearUpload>
{
    public void Configure(EntityTypeBuilder<HolidayYearUpload> builder)
    {
        builder.Property(u => u.Content).HasMaxLength(200_000);
        builder.Property(u => u.FileName).HasMaxLength(200);
        builder.Property(u => u.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(u => new { u.Year, u.Id });
    }
}
