using GuidanceDesk.Web.Features.Vacancies;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal.Employer;

/// <summary>我的岗位: every vacancy the signed-in employer has, newest change first (the query is scoped to them).</summary>
[Authorize(Roles = Roles.Employer)]
public sealed class VacanciesModel(VacancyQueries queries) : PageModel
{
    public PagedResult<VacancyListItem> Result { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(int p = 1, CancellationToken ct = default) =>
        Result = await queries.SearchAsync(new VacancySearch(Page: p, PageSize: 50), ct);
}
