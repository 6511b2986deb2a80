using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features;

/// <summary>The home page: what each role needs to see first.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
