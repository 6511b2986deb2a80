namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// Makes <see cref="PdfForm"/>s. Inject it where a form is printed; building it registers the shipped fonts with
/// PDFsharp (once per process), so that no form can be drawn before they are.
/// </summary>
public sealed class PdfFormFactory
{
    public PdfFormFactory() => PdfFonts.EnsureRegistered();

    /// <summary>
    /// A new, empty form. <paramref name="generatedAt"/> is printed in every page's footer as given; take it from
    /// <see cref="AgencyClock"/> (e.g. <c>clock.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)</c>).
    /// </summary>
    public PdfForm Create(string title, string generatedAt) => new(title, generatedAt);
}
