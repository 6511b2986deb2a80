using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>Finds where an SMS or e-mail goes, at the moment it is sent.</summary>
public interface IRecipientAddressResolver
{
    /// <returns>The phone number or e-mail address, or null when the person has none for this channel.</returns>
    Task<string?> ResolveAsync(Recipient recipient, NotificationChannel channel, CancellationToken cancellationToken);
}

/// <summary>
/// Workers: the phone number on their record (stored encrypted; decrypted here, in memory, for this send only) and the
/// e-mail of their portal account. Staff: the phone number and e-mail of their sign-in account.
/// </summary>
public sealed class RecipientAddressResolver(AppDbContext db, PersonalDataProtector protector) : IRecipientAddressResolver
{
    public async Task<string?> ResolveAsync(Recipient recipient, NotificationChannel channel, CancellationToken cancellationToken)
    {
        var userId = recipient.Id;
        if (recipient.Kind == RecipientKind.Worker)
        {
            if (!long.TryParse(recipient.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var workerId))
                return null;
            var worker = await db.Workers.AsNoTracking().Where(w => w.Id == workerId)
                .Select(w => new { PhoneCipher = w.Phone!.Cipher, w.UserId }).FirstOrDefaultAsync(cancellationToken);
            if (worker is null)
                return null;
            if (channel == NotificationChannel.Sms)
                return worker.PhoneCipher is null ? null : protector.Unprotect(worker.PhoneCipher);
            if (worker.UserId is null)
                return null;
            userId = worker.UserId;
        }
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.PhoneNumber, u.Email }).FirstOrDefaultAsync(cancellationToken);
        return channel switch
        {
            NotificationChannel.Sms => account?.PhoneNumber,
            NotificationChannel.Email => account?.Email,
            _ => null,
        };
    }
}
