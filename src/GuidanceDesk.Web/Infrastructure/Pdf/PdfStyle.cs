using PdfSharp.Drawing;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// The look of every printed form, in points (1/72 inch) on A4. Sizes follow Chinese office documents:
/// 小二 (18 pt) bold title, 五号 (10.5 pt) body, 小五 (9 pt) notes and footer.
/// </summary>
internal static class PdfStyle
{
    public const double PageWidth = 595.276;   // 210 mm
    public const double PageHeight = 841.89;   // 297 mm
    public const double MarginX = 51;          // 18 mm
    public const double MarginTop = 48;
    public const double MarginBottom = 60;     // leaves room for the footer below the content
    public const double FooterFromBottom = 34;
    public const double ContentWidth = PageWidth - 2 * MarginX;
    public const double ContentBottom = PageHeight - MarginBottom;

    public const double TitleSize = 18;
    public const double BodySize = 10.5;
    public const double SmallSize = 9;

    /// <summary>Label columns are one width everywhere, so 2-cell and 4-cell rows line up into one grid.</summary>
    public const double LabelWidth = 92;
    public const double PadX = 5;
    public const double PadY = 4;
    public const double RowMinHeight = 24;
    public const double SignatureHeight = 40;  // room to sign by hand
    public const double BorderWidth = 0.6;

    public static readonly XColor Border = XColor.FromArgb(0x33, 0x33, 0x33);
    public static readonly XColor Shade = XColor.FromArgb(0xEE, 0xEE, 0xEE); // light enough to print on any printer
    public static readonly XColor Ink = XColors.Black;
    public static readonly XColor Muted = XColor.FromArgb(0x55, 0x55, 0x55);
}
