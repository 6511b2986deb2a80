using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// Registers the shipped fonts with PDFsharp. <see cref="GlobalFontSettings.FontResolver"/> is process-wide and may be
/// set only once, before the first font is used, so registration is idempotent and guarded by a lock: tests and
/// requests that print in parallel all go through <see cref="EnsureRegistered"/> first.
/// </summary>
internal static class PdfFonts
{
    public const string Family = "Noto Sans SC";

    /// <summary>Where the build copies <c>Infrastructure/Pdf/Fonts</c> (next to the app's assemblies).</summary>
    public static readonly string FontDirectory = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "Pdf", "Fonts");

    // Unicode (Type 0 / CID) encoding: the only PDFsharp encoding that can show characters beyond Latin-1,
    // and it writes a ToUnicode map so that text can be searched and extracted.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private static readonly Lock Gate = new();
    private static PdfFontResolver? _resolver;

    /// <summary>Registers the fonts once; later calls return at once. Throws when a font file is missing.</summary>
    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref _resolver) is not null)
            return;
        lock (Gate)
        {
            if (_resolver is not null)
                return;
            foreach (var face in PdfFontResolver.Faces)
            {
                var path = PdfFontResolver.PathOf(FontDirectory, face);
                if (!File.Exists(path))
                    throw new FileNotFoundException($"PDF font missing: {path} (shipped from Infrastructure/Pdf/Fonts).", path);
            }
            var resolver = new PdfFontResolver(FontDirectory);
            if (GlobalFontSettings.FontResolver is { } other and not PdfFontResolver)
                throw new InvalidOperationException($"PDFsharp already has another font resolver ({other.GetType().Name}).");
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref _resolver, resolver);
        }
    }

    public static XFont Font(double size, bool bold = false) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
