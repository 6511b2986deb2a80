using System.Net;
using GuidanceDesk.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace GuidanceDesk.Tests.Features.Security;

/// <summary>
/// Online services follow the national internet rules (4.3e): a public privacy notice (PIPL art. 17) linked from every
/// page and the sign-in page, and the site's ICP and public-security filing numbers in the footer once configured.
/// </summary>
[Collection(OnSqlite.Name)]
public sealed class PrivacyNoticeTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.3e")]
    public async Task The_privacy_notice_is_public_and_linked_from_every_page()
    {
        using var anonymous = app.Anonymous();
        var notice = await anonymous.GetAsync("/Public/Privacy", Ct);
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        var text = await notice.Content.ReadAsStringAsync(Ct);
        foreach (var part in new[] { "个人信息保护政策", "重庆市公共就业服务机构（示例）", "身份证号码属于敏感个人信息", "拒绝自动化推荐", "15 个工作日内答复", "36 个月" })
            Assert.Contains(part, text, StringComparison.Ordinal);

        Assert.Contains("href=\"/Public/Privacy\"", await anonymous.GetStringAsync("/Public/Jobs", Ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/Public/Privacy\"", await anonymous.GetStringAsync("/Account/Login", Ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/Public/Privacy\"", await anonymous.GetStringAsync("/Account/RegisterEmployer", Ct), StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.3e")]
    public async Task The_filing_numbers_show_in_the_footer_once_configured()
    {
        using var anonymous = app.Anonymous();
        Assert.DoesNotContain("data-icp", await anonymous.GetStringAsync("/Public/Jobs", Ct), StringComparison.Ordinal);

        await using var configured = app.Factory.WithWebHostBuilder(b => b
            .UseSetting("Site:IcpNumber", "渝ICP备12345678号")
            .UseSetting("Site:PublicSecurityNumber", "渝公网安备 50010302000001号")
            .UseSetting("Site:OperatorName", "重庆市渝中区就业和人才服务局"));
        using var client = configured.CreateClient();
        var page = await client.GetStringAsync("/Public/Jobs", Ct);
        Assert.Contains("渝ICP备12345678号", page, StringComparison.Ordinal);
        Assert.Contains("https://beian.miit.gov.cn/", page, StringComparison.Ordinal);
        Assert.Contains("渝公网安备 50010302000001号", page, StringComparison.Ordinal);
        Assert.Contains("重庆市渝中区就业和人才服务局", await client.GetStringAsync("/Public/Privacy", Ct), StringComparison.Ordinal);
    }
}
