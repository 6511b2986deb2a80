using System.Globalization;
using System.Text;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>
/// Exports a worker search as CSV (UTF-8 with BOM, so that Excel shows Chinese), identifiers masked. An export is a
/// read of every listed record, so it is audited as one Export line naming the criteria and the records.
/// </summary>
public sealed class WorkerExport(WorkerQueries queries, AuditLog audit, CurrentUser user)
{
    public const int MaxRows = 5_000;

    public async Task<byte[]> CsvAsync(WorkerSearch search, CancellationToken ct)
    {
        var rows = new List<WorkerListItem>();
        for (var page = 1; rows.Count < MaxRows; page++)
        {
            var result = await queries.SearchAsync(search with { Page = page, PageSize = 200 }, ct, audited: false);
            rows.AddRange(result.Items);
            if (page >= result.PageCount)
                break;
        }
        var csv = new StringBuilder();
        csv.AppendLine("编号,姓名,性别,年龄,身份证号码,联系电话,居住区县,特定群体,职业指导人员,登记时间");
        foreach (var r in rows.Take(MaxRows))
        {
            csv.AppendJoin(',', [
                r.Id.ToString(CultureInfo.InvariantCulture), Field(r.Name), Labels.Of(r.Gender), r.Age.ToString(CultureInfo.InvariantCulture),
                r.IdNumber, r.Phone ?? "", Field(r.ResidenceDistrict ?? r.ResidenceDistrictCode),
                Field(string.Join('、', r.SpecialGroups.SelectMany(g => Labels.Of(g)))), Field(r.CounselorName ?? ""),
                Infrastructure.AgencyClock.ToLocal(r.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)]);
            csv.AppendLine();
        }
        audit.Read(AuditAction.Export, WorkerHandlers.EntityType, string.Join(',', rows.Take(AuditLog.MaxIdsPerSearchEntry).Select(r => r.Id)),
            user.ServiceUnitId, $"rows={Math.Min(rows.Count, MaxRows)}; {WorkerQueries.Criteria(search)}");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes a value that holds a separator, and defuses a leading formula character (CSV injection).</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
