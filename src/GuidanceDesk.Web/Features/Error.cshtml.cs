using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features;

/// <summary>What a page user sees for a missing page, a refused request or an unexpected fault (never a stack trace).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        (Title, Explanation) = status switch
        {
            404 => (l["页面不存在"].Value, l["您访问的页面或记录不存在，或不在您的查看范围内。"].Value),
            403 => (l["无权访问"].Value, l["您的角色无权查看该页面。如需访问，请联系本单位负责人。"].Value),
            400 or 405 or 415 => (l["请求无法处理"].Value, l["请返回上一页重新操作。"].Value),
            429 => (l["操作过于频繁"].Value, l["请稍后再试。"].Value),
            503 => (l["系统繁忙"].Value, l["当前访问人数较多，请稍后再试。"].Value),
            _ => (l["系统暂时出现问题"].Value, l["您的操作可能没有完成，请稍后重试。问题已记录。"].Value),
        };
        if (status >= 500)
            TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = status;
    }
}
