using PdfSharp.Fonts;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// Gives PDFsharp the Noto Sans SC files shipped with the app. Every family name resolves to them: the app ships one
/// font, and no PDF may depend on what happens to be installed on the server (Linux containers have no CJK font).
/// </summary>
internal sealed class PdfFontResolver(string directory) : IFontResolver
{
    public const string RegularFace = "NotoSansSC-Regular";
    public const string BoldFace = "NotoSansSC-Bold";

    public static readonly string[] Faces = [RegularFace, BoldFace];

    public static string PathOf(string directory, string face) => Path.Combine(directory, face + ".ttf");

    // Italic is simulated (slanted): Chinese has no italic design, and a form should never fail to print over a style.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    // PDFsharp calls this once per face and caches the bytes, so reading the file here costs nothing per document.
    public byte[]? GetFont(string faceName) =>
        Array.IndexOf(Faces, faceName) >= 0 ? File.ReadAllBytes(PathOf(directory, faceName)) : null;
}
