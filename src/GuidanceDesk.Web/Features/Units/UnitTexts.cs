using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>Warning texts of a unit in the user's language (the handler's message is built in Chinese).</summary>
public static class UnitTexts
{
    public static string Warning(UnitWarningView w, IStringLocalizer l) => w.Kind == UnitWarningKind.DocumentMissing && w.DocumentKind is { } kind
        ? l["缺少管理制度：{0}", l[Labels.Of(kind)]]
        : l[w.Message];
}
