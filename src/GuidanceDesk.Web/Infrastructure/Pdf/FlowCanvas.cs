using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// Where a designed (flowing) document draws, as opposed to a bordered <see cref="PdfForm"/>: A4 pages with the
/// <see cref="PdfStyle"/> margins, a cursor <see cref="Y"/> moving down, and a new page when something does not fit.
/// <para>
/// When <c>tagged</c>, the document is a tagged PDF (PDF/UA structure through PDFsharp's <see cref="UAManager"/>):
/// every drawing call must then happen inside <see cref="Element(PdfBlockLevelElementTag)"/>, <see cref="Group"/>,
/// <see cref="Figure"/> or <see cref="Artifact"/> (PDFsharp throws otherwise). Untagged, those scopes do nothing, so
/// the same drawing code serves a quick layout pass (e.g. to count the pages for "共 y 页") and the final document.
/// PDFsharp's UA support draws only on the newest page, so page furniture that needs the page count must be drawn by
/// <c>onPageStart</c> (under the content) or <c>onPageEnd</c> (over it, e.g. a watermark) with a count known beforehand,
/// not appended afterwards.
/// </para>
/// </summary>
internal sealed class FlowCanvas : IDisposable
{
    public const double Left = PdfStyle.MarginX;
    public const double Width = PdfStyle.ContentWidth;
    private const double Epsilon = 0.01;

    private readonly PdfDocument _document;
    private readonly StructureBuilder? _structure;
    private readonly Action<FlowCanvas>? _onPageStart;
    private readonly Action<FlowCanvas>? _onPageEnd;
    private XGraphics? _gfx;
    private bool _finished;

    public FlowCanvas(PdfDocument document, bool tagged, string language, Action<FlowCanvas>? onPageStart, Action<FlowCanvas>? onPageEnd = null)
    {
        _document = document;
        _onPageStart = onPageStart;
        _onPageEnd = onPageEnd;
        if (tagged)
        {
            var ua = UAManager.ForDocument(document);
            ua.SetDocumentLanguage(language);
            _structure = ua.StructureBuilder;
        }
        NewPage();
    }

    public XGraphics Gfx => _gfx!;
    public bool Tagged => _structure is not null;
    /// <summary>1-based number of the page being drawn.</summary>
    public int PageNumber => _document.PageCount;
    public double Top { get; set; } = PdfStyle.MarginTop;
    public double Bottom { get; set; } = PdfStyle.ContentBottom;
    public double Y { get; set; }
    public double Remaining => Bottom - Y;
    public bool AtTop => Y <= Top + Epsilon;
    /// <summary>The height a block may have and still fit on one page.</summary>
    public double PageSpace => Bottom - Top;

    public List<string> Wrap(string? text, XFont font, double width) => TextWrapper.Wrap(Gfx, text, font, width);

    public double Measure(string text, XFont font) => Gfx.MeasureString(text, font).Width;

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor (or the page is still empty).
    /// Returns whether a page was started.</summary>
    public bool EnsureSpace(double height)
    {
        if (height <= Remaining + Epsilon || AtTop)
            return false;
        NewPage();
        return true;
    }

    public void NewPage()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_gfx is not null)
            _onPageEnd?.Invoke(this);
        // Add the page before letting go of the old graphics: PDFsharp's UA manager closes the open marked content
        // on the old page's content stream when it sees the new page.
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _gfx?.Dispose();
        _gfx = XGraphics.FromPdfPage(page);
        Y = Top;
        _onPageStart?.Invoke(this);
    }

    /// <summary>A structure element (H1, P, Table, TR, TD …) around what is drawn until the scope is disposed.</summary>
    public TagScope Element(PdfBlockLevelElementTag tag)
    {
        _structure?.BeginElement(tag);
        return new TagScope(_structure);
    }

    /// <summary>A grouping element (Sect, Div …).</summary>
    public TagScope Group(PdfGroupingElementTag tag)
    {
        _structure?.BeginElement(tag);
        return new TagScope(_structure);
    }

    /// <summary>A figure: a screen reader reads <paramref name="altText"/> instead of what is drawn inside.</summary>
    public TagScope Figure(string altText, XRect bounds)
    {
        _structure?.BeginElement(PdfIllustrationElementTag.Figure, altText, bounds);
        return new TagScope(_structure);
    }

    /// <summary>Decoration that is not content (rules, shading, running headers and footers, watermarks).</summary>
    public TagScope Artifact()
    {
        _structure?.BeginArtifact();
        return new TagScope(_structure);
    }

    /// <summary>Ends the last page (runs <c>onPageEnd</c> on it). Call once, after the last drawing.</summary>
    public void Finish()
    {
        if (_finished)
            return;
        _onPageEnd?.Invoke(this);
        _finished = true;
        Dispose();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    /// <summary>Ends the structure element or artifact it was made for.</summary>
    public readonly struct TagScope(StructureBuilder? structure) : IDisposable
    {
        public void Dispose() => structure?.End();
    }
}
