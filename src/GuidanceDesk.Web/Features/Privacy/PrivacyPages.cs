using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>Small helpers the privacy pages share.</summary>
public static class PrivacyPages
{
    /// <summary>A field's value for display: education and employment status by their labels, anything else as it is.</summary>
    public static string Shown(IStringLocalizer l, CorrectionField? field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "—";
        return field switch
        {
            CorrectionField.Education when Enum.TryParse<Education>(value, out var e) => l[Labels.Of(e)],
            CorrectionField.EmploymentStatus when Enum.TryParse<EmploymentStatus>(value, out var s) => l[Labels.Of(s)],
            _ => value,
        };
    }

    public static string StatusBadge(DataRequestStatus s) => s switch
    {
        DataRequestStatus.Submitted => "badge warn", DataRequestStatus.Accepted => "badge group", DataRequestStatus.Rejected => "badge err", _ => "badge ok",
    };
}
