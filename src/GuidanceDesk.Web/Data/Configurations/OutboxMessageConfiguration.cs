using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Ignore(m => m.Recipient);
        builder.Property(m => m.RecipientId).HasMaxLength(OutboxMessage.MaxRecipientIdLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.MaxSubjectLength);
        builder.Property(m => m.Body).HasMaxLength(OutboxMessage.MaxBodyLength);
        builder.Property(m => m.DedupKey).HasMaxLength(OutboxMessage.MaxDedupKeyLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        // A save after sending only lands while the dispatcher pass still holds its claim (see OutboxDispatcher).
        builder.Property(m => m.ClaimedBy).HasMaxLength(OutboxMessage.MaxClaimLength).IsConcurrencyToken();
        // Enqueuing is idempotent by this key, also when two instances enqueue the same reminder at once.
        builder.HasIndex(m => m.DedupKey).IsUnique();
        // The dispatcher's scan: unsent messages in order of their next attempt.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        // A person's unread in-app messages.
        builder.HasIndex(m => new { m.RecipientKind, m.RecipientId, m.ReadAt });
    }
}
