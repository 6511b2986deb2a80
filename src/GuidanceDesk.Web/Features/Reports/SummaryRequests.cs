using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>Draft the summary of a quarter (city-level staff name the unit; a unit's staff get their own).</summary>
public sealed class SummaryDraftForm
{
    public long? UnitId { get; set; }

    [Required(ErrorMessage = "请填写年份"), Range(2000, 2100, ErrorMessage = "年份不正确")]
    public int? Year { get; set; }

    [Required(ErrorMessage = "请选择季度"), Range(1, 4, ErrorMessage = "季度须为 1 至 4")]
    public int? Quarter { get; set; }
}

/// <summary>The five sections as edited by the head or a manager; the version guards against overwriting another's edit.</summary>
public sealed class SummarySectionsForm : IVersionedRequest
{
    [StringLength(QuarterlySummary.MaxSectionLength, ErrorMessage = "每部分不超过 4000 字")]
    public string? Work { get; set; }

    [StringLength(QuarterlySummary.MaxSectionLength, ErrorMessage = "每部分不超过 4000 字")]
    public string? Outcomes { get; set; }

    [StringLength(QuarterlySummary.MaxSectionLength, ErrorMessage = "每部分不超过 4000 字")]
    public string? Satisfaction { get; set; }

    [StringLength(QuarterlySummary.MaxSectionLength, ErrorMessage = "每部分不超过 4000 字")]
    public string? Problems { get; set; }

    [StringLength(QuarterlySummary.MaxSectionLength, ErrorMessage = "每部分不超过 4000 字")]
    public string? Improvements { get; set; }

    public int? Version { get; set; }

    public SummarySections ToSections() => new(Work ?? "", Outcomes ?? "", Satisfaction ?? "", Problems ?? "", Improvements ?? "");
}

public sealed class SummaryPublishForm : IVersionedRequest
{
    public int? Version { get; set; }
}

public sealed record SummaryView(long Id, long ServiceUnitId, string UnitName, int Year, int Quarter, QuarterlySummaryStatus Status,
    SummarySections Sections, DateTimeOffset DraftedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, string? PublishedByName, int Version)
{
    public string Label => $"{Year} 年第 {Quarter} 季度";

    public static SummaryView Of(QuarterlySummary s, string unitName) => new(s.Id, s.ServiceUnitId, unitName, s.Year, s.Quarter, s.Status,
        s.Sections, s.DraftedAt, s.UpdatedAt, s.PublishedAt, s.PublishedByName, s.Version);
}

/// <summary>What the public sees of a published summary: unit, quarter and the five sections — no staff names.</summary>
public sealed record PublicSummary(long Id, string UnitName, int Year, int Quarter, DateTimeOffset PublishedAt, SummarySections Sections);
