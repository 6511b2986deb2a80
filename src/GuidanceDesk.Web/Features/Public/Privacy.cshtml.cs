using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.PublicService;

/// <summary>
/// 个人信息保护政策: the notice PIPL art. 17 requires before personal information is collected, public and linked from
/// every page's footer, the sign-in page and the employer registration — who processes what, why, how long, the
/// person's rights and how to use them (4.3e, 4.6.2b).
/// </summary>
public sealed class PrivacyModel(IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site => site.Value;

    public void OnGet()
    {
    }
}
