namespace GuidanceDesk.Web.Features.PublicService;

/// <summary>
/// Who runs this deployment, as the national internet rules want it shown (4.3e): the operator named in the privacy
/// notice (PIPL art. 17), the contact for personal-information requests, and the ICP filing and public-security
/// filing numbers in every page's footer (configuration section <c>Site</c>; empty numbers are not shown).
/// </summary>
public sealed class SiteOptions
{
    public string OperatorName { get; set; } = "重庆市公共就业服务机构（示例）";

    /// <summary>Where a person sends a personal-information request or complaint: an address, phone or e-mail.</summary>
    public string PrivacyContact { get; set; } = "各服务网点窗口，或登录后在“我的数据”中提出";

    /// <summary>ICP 备案号, e.g. 渝ICP备00000000号; links to beian.miit.gov.cn.</summary>
    public string? IcpNumber { get; set; }

    /// <summary>公安机关备案号, e.g. 渝公网安备 50010302000000号.</summary>
    public string? PublicSecurityNumber { get; set; }

    /// <summary>The least time the access and audit logs are kept, in months, as the notice states (the audit log is append-only and never purged by the app); the Cybersecurity Law (art. 21) asks for at least 6.</summary>
    public int LogRetentionMonths { get; set; } = 36;
}
