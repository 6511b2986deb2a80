namespace GuidanceDesk.Web.Infrastructure.Pdf;

public static class PdfServiceCollectionExtensions
{
    /// <summary>
    /// Registers the fonts with PDFsharp now, so that a missing font file stops start-up instead of the first print,
    /// and the <see cref="PdfFormFactory"/> as a singleton (it holds no state).
    /// </summary>
    public static IServiceCollection AddPdf(this IServiceCollection services)
    {
        services.AddSingleton(new PdfFormFactory());
        return services;
    }
}
