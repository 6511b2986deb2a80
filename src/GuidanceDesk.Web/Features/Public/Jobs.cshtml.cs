using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PublicJobs;

/// <summary>
/// 岗位信息查询 (4.2d): open vacancies for anyone, on the hall's kiosks and the web, without signing in. It shows
/// vacancies and employers only — no personal data of anyone — and is served from memory (see OpenVacancyIndex).
/// </summary>
[ResponseCache(Duration = 0, NoStore = true)]
public sealed class JobsModel(JobSearch search) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    /// <summary>A major group of the classification (大类 "4") or any longer code prefix.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Occupation { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PayAtLeast { get; set; }

    [BindProperty(SupportsGet = true)]
    public Education? Education { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public JobResults Result { get; private set; } = new([], 1, PageSize, 0, default);

    public bool Filtered => Q is not null || District is not null || Occupation is not null || PayAtLeast is not null || Education is not null;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await search.SearchAsync(new JobQuery(Q, Occupation, District, PayAtLeast, Education, P, PageSize), ct);

    public string Link(int page) => Query.Link("/Public/Jobs", ("Q", Q), ("District", District), ("Occupation", Occupation),
        ("PayAtLeast", PayAtLeast?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Education", Education?.ToString()),
        ("p", page > 1 ? Fmt.Id(page) : null));
}
