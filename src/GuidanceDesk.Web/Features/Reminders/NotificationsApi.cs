using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Notifications;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Reminders;

public sealed record NotificationView(long Id, string Subject, string Body, DateTimeOffset DueAt);

/// <summary><c>/api/v1/notifications</c>: the signed-in staff member's unread in-app reminders.</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(Policies.CaseWork);
        g.MapGet("/", async (Outbox outbox, CurrentUser user, CancellationToken ct) =>
            TypedResults.Ok(await outbox.UnreadFor(user.UserId!).Take(100)
                .Select(m => new NotificationView(m.Id, m.Subject, m.Body, m.DueAt)).ToListAsync(ct)));
        g.MapPost("/{id:long}/read", async (long id, Outbox outbox, CurrentUser user, CancellationToken ct) =>
            await outbox.MarkReadAsync(id, user.UserId!, ct) ? TypedResults.NoContent() : throw new NotFoundException());
        return g;
    }
}
