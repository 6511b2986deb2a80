using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Notifications;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// Risk-alert notices (8.2) through the outbox, in the caller's transaction: stored with the alert or not at all, and sent
/// after a crash exactly as before it. Each person gets an in-app notice and an SMS; the dedup key names alert, level and
/// person, so a rerun of the escalation scan adds nothing. The SMS names the worker by surname only: texts are read on
/// lock screens.
/// </summary>
public sealed class RiskNotifier(Outbox outbox)
{
    public async Task<int> NotifyAsync(RiskAlert alert, OnDuty person, string workerName, string unitName, bool escalation, CancellationToken ct)
    {
        if (person.UserId is null)
            return 0;
        var key = $"risk:{Id(alert.Id)}:{Id(alert.EscalationLevel)}:{Id(person.StaffId)}";
        var what = RiskLabels.Brief(alert.Kind);
        var urgent = alert.ImmediateDanger ? "【紧急】" : "";
        var subject = escalation ? $"{urgent}风险预警升级（第{Id(alert.EscalationLevel)}次）" : $"{urgent}风险预警";
        var caseText = alert.CaseId is { } c ? $"（个案 {Id(c)}）" : "";
        var inApp = new Notification(NotificationChannel.InApp, Recipient.Staff(person.UserId), subject,
            $"{workerName}{caseText}：{what}。{alert.RaisedByName}提出，请立即打开预警确认处置。", key + ":inapp");
        var sms = new Notification(NotificationChannel.Sms, Recipient.Staff(person.UserId), subject,
            $"{unitName}{subject}：劳动者{Surname(workerName)}{caseText}{what}，{(escalation ? "尚无人确认，现由您负责，" : "")}请立即登录职业指导服务平台确认处置（预警编号 {Id(alert.Id)}）。",
            key + ":sms");
        var n = await outbox.EnqueueAsync(inApp, ct) ? 1 : 0;
        return n + (await outbox.EnqueueAsync(sms, ct) ? 1 : 0);
    }

    /// <summary>The case's counselor hears of it in-app too, even when not on duty (they may be absent).</summary>
    public Task<bool> TellCounselorAsync(RiskAlert alert, string userId, string workerName, CancellationToken ct) =>
        outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(userId), "您的个案有风险预警",
            $"{workerName}：{RiskLabels.Brief(alert.Kind)}。{alert.RaisedByName}提出，值守人员已收到通知。", $"risk:{Id(alert.Id)}:counselor"), ct);

    private static string Surname(string name) => name.Length == 0 ? "" : name[..1] + "某";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
