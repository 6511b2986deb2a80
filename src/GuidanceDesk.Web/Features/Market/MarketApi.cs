using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>
/// <c>/api/v1/market</c>: supply and demand (5.1a, 6.2.1), the quarterly report, wage guidance and hard-to-fill
/// vacancies (6.2.3). Aggregates only, so every staff role may read; imports and rebuilds are for managers and up.
/// </summary>
public static class MarketApi
{
    public static RouteGroupBuilder MapMarketApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/market").WithTags("Market").RequireAuthorization(Policies.MarketRead);

        group.MapGet("/supply-demand", async ([AsParameters] SupplyDemandRequest r, SupplyDemandQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.GetAsync(r, ct)));

        group.MapGet("/supply-demand/report", async (string? quarter, SupplyDemandReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.BuildAsync(quarter, ct)));

        group.MapGet("/supply-demand/report.xlsx", async (string? quarter, SupplyDemandReport report, CancellationToken ct) =>
        {
            var r = await report.BuildAsync(quarter, ct);
            return TypedResults.File(ReportExport.ToXlsx(r), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"supply-demand-{r.Quarter}.xlsx");
        });

        group.MapGet("/supply-demand/report.pdf", async (string? quarter, SupplyDemandReport report, ReportExport export, CancellationToken ct) =>
        {
            var r = await report.BuildAsync(quarter, ct);
            return TypedResults.File(export.ToPdf(r), "application/pdf", $"supply-demand-{r.Quarter}.pdf");
        });

        group.MapPost("/snapshots/{quarter}/rebuild", async (string quarter, SupplyDemandSnapshots snapshots, CancellationToken ct) =>
            TypedResults.Ok(await snapshots.RebuildAsync(Quarter.Parse(quarter) ?? throw new DomainRuleException("季度格式应为 2026Q4", "quarter"), ct)))
            .RequireAuthorization(Policies.MarketManage);

        group.MapGet("/wage-guidance", async (int? year, string? code, AppDbContext db, AgencyClock clock, CancellationToken ct) =>
        {
            var y = year ?? await db.WageGuidance.MaxAsync(w => (int?)w.Year, ct) ?? clock.Today.Year;
            var rows = db.WageGuidance.AsNoTracking().Where(w => w.Year == y);
            if (!string.IsNullOrWhiteSpace(code))
                rows = rows.Where(w => w.OccupationCode.StartsWith(code.Trim()));
            return TypedResults.Ok(await rows.OrderBy(w => w.OccupationCode).Take(1000)
                .Select(w => new { w.Year, w.OccupationCode, w.Low, w.Median, w.High, w.ImportedAt }).ToListAsync(ct));
        });

        group.MapGet("/wage-guidance/lookup", async (string code, int? year, WageLookup lookup, AgencyClock clock, CancellationToken ct) =>
            await lookup.FindAsync(code, year ?? clock.Today.Year, ct) is { } view ? Results.Ok(view) : Results.NotFound());

        // Bearer only: the upload is form data, which a browser could post cross-site with a cookie; the page has its own form.
        group.MapPost("/wage-guidance/import", async (HttpRequest request, WageImport import, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
                return Results.Problem(title: "请以 multipart/form-data 上传文件（file、year）", statusCode: StatusCodes.Status415UnsupportedMediaType);
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (InvalidDataException)
            {
                return Results.Problem(title: "上传的表单数据不完整或格式不正确", statusCode: StatusCodes.Status400BadRequest);
            }
            var file = form.Files.GetFile("file") ?? throw new DomainRuleException("请选择要导入的文件", "file");
            if (file.Length > WageImport.MaxBytes)
                return Results.Problem(title: "文件不能超过 5 MB", statusCode: StatusCodes.Status413PayloadTooLarge);
            if (!int.TryParse(form["year"], System.Globalization.CultureInfo.InvariantCulture, out var year))
                throw new DomainRuleException("请填写年度", "year");
            await using var stream = file.OpenReadStream();
            return Results.Ok(await import.ImportAsync(year, stream, file.FileName, ct));
        }).DisableAntiforgery().RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireRole(Roles.Admin, Roles.Head, Roles.Manager));

        group.MapGet("/hard-to-fill", async (CurrentUser user, HardToFillQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(ct)));

        group.MapPost("/hard-to-fill/scan", async (HardToFillScan scan, CancellationToken ct) =>
            TypedResults.Ok(await scan.ScanAllAsync(ct))).RequireAuthorization(Policies.MarketManage);

        group.MapGet("/vacancies/{id:long}/analysis", async (long id, HardToFillScan scan, HardToFillQueries q, CancellationToken ct) =>
            TypedResults.Ok(await scan.AssessAsync(id, q.Vacancies(), ct)));
        return group;
    }
}
