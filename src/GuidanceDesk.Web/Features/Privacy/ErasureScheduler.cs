using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// An accepted deletion request: anonymised now when nothing keeps the record, else marked to wait — with the day the
/// archive's retention ends, or with no day while a case is open. The nightly job asks again every night.
/// </summary>
public sealed class ErasureScheduler(RetentionCheck retention, Anonymiser anonymiser, AgencyClock clock, TimeProvider time)
{
    public const string Outcome = "您的个人信息已删除（匿名化）：可识别您身份的信息已清除，仅保留统计所需的非识别信息。";

    /// <summary>Changes the context only (the caller's transaction); returns the stored files to erase after the commit.</summary>
    public async Task<IReadOnlyList<string>> EraseOrWaitAsync(DataSubjectRequest r, string byName, CancellationToken ct)
    {
        var today = clock.Today;
        var on = (await retention.ForWorkerAsync(r.WorkerId, ct)).ErasableOn(today);
        if (on is { } day && day <= today)
        {
            var erase = await anonymiser.ApplyAsync(r.WorkerId, "request=" + RequestQueries.Key(r.Id), ct) ?? [];
            r.Complete(Outcome, byName, time.GetUtcNow());
            return erase;
        }
        r.WaitUntil(on, byName, time.GetUtcNow());
        return [];
    }

    public Task EraseFilesAsync(IReadOnlyList<string> storageKeys, CancellationToken ct) =>
        storageKeys.Count == 0 ? Task.CompletedTask : anonymiser.EraseAsync(storageKeys, ct);
}
