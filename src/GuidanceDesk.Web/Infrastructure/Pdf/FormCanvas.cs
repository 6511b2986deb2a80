using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// One cell of a table row: x is relative to the left margin. When a row is split over pages, each part shows its
/// share of the lines, except a <paramref name="Repeat"/> cell (a label), which shows all of its lines on every part.
/// </summary>
internal sealed record FormCell(double X, double Width, IReadOnlyList<string> Lines, bool Shaded = false,
    XStringAlignment Align = XStringAlignment.Near, XFont? Font = null, bool Repeat = false);

/// <summary>
/// Where blocks draw: the current page, a cursor <see cref="Y"/> moving down, and the shared fonts and pens.
/// Blocks ask for space first; the canvas starts a new page when a block does not fit on this one.
/// </summary>
internal sealed class FormCanvas : IDisposable
{
    private const double Epsilon = 0.01;
    private readonly PdfDocument _document;
    private readonly XPen _border = new(PdfStyle.Border, PdfStyle.BorderWidth);
    private readonly XBrush _shade = new XSolidBrush(PdfStyle.Shade);
    private XGraphics _gfx;
    private bool _closed;

    public FormCanvas(PdfDocument document)
    {
        _document = document;
        _gfx = StartPage();
    }

    public XFont Title { get; } = PdfFonts.Font(PdfStyle.TitleSize, bold: true);
    public XFont Body { get; } = PdfFonts.Font(PdfStyle.BodySize);
    public XFont Bold { get; } = PdfFonts.Font(PdfStyle.BodySize, bold: true);
    public XFont Small { get; } = PdfFonts.Font(PdfStyle.SmallSize);
    public XBrush Ink { get; } = new XSolidBrush(PdfStyle.Ink);
    public XBrush Muted { get; } = new XSolidBrush(PdfStyle.Muted);

    public XGraphics Gfx => _gfx;
    public double Y { get; set; } = PdfStyle.MarginTop;
    public double LineHeight => Body.GetHeight();
    public double Remaining => PdfStyle.ContentBottom - Y;
    private bool AtTop => Y <= PdfStyle.MarginTop + Epsilon;

    public List<string> Wrap(string? text, XFont font, double width) => TextWrapper.Wrap(_gfx, text, font, width);

    public double Measure(string text, XFont font) => _gfx.MeasureString(text, font).Width;

    public void NewPage()
    {
        _gfx.Dispose();
        _gfx = StartPage();
        Y = PdfStyle.MarginTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits here (or this page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining + Epsilon && !AtTop)
            NewPage();
    }

    /// <summary>How many body lines of a bordered cell fit below the cursor (at least one).</summary>
    public int LinesThatFit() => Math.Max(1, (int)((Remaining - 2 * PdfStyle.PadY + Epsilon) / LineHeight));

    /// <summary>
    /// Places a row of cells whose tallest cell has <paramref name="lineCount"/> lines: whole on this page, else whole
    /// on the next. A row taller than a whole page starts here and is split line by line, so nothing runs off the paper.
    /// </summary>
    public void PlaceRow(int lineCount, double minHeight, Action<int, int, double, bool> drawSlice)
    {
        var height = Math.Max(minHeight, lineCount * LineHeight + 2 * PdfStyle.PadY);
        if (height <= PdfStyle.ContentBottom - PdfStyle.MarginTop + Epsilon)
        {
            EnsureSpace(height);
            drawSlice(0, lineCount, height, true);
            Y += height;
            return;
        }
        EnsureSpace(2 * LineHeight + 2 * PdfStyle.PadY);
        for (var from = 0; from < lineCount;)
        {
            var count = Math.Min(LinesThatFit(), lineCount - from);
            var sliceHeight = count * LineHeight + 2 * PdfStyle.PadY;
            drawSlice(from, count, sliceHeight, false);
            Y += sliceHeight;
            from += count;
            if (from < lineCount)
                NewPage();
        }
    }

    /// <summary>Draws cells at the cursor, each showing its lines [from, from + count), centred vertically or from the top.</summary>
    public void DrawCells(IReadOnlyList<FormCell> cells, int from, int count, double height, bool center)
    {
        foreach (var cell in cells)
        {
            var rect = new XRect(PdfStyle.MarginX + cell.X, Y, cell.Width, height);
            if (cell.Shaded)
                _gfx.DrawRectangle(_shade, rect);
            _gfx.DrawRectangle(_border, rect);
            var first = cell.Repeat ? 0 : from;
            var shown = Math.Max(0, Math.Min(count, cell.Lines.Count - first));
            var top = TextTop(shown, height, center);
            var format = new XStringFormat { Alignment = cell.Align, LineAlignment = XLineAlignment.Near };
            var inner = rect.Width - 2 * PdfStyle.PadX;
            for (var i = 0; i < shown; i++)
            {
                var lineRect = new XRect(rect.X + PdfStyle.PadX, top + i * LineHeight, inner, LineHeight);
                _gfx.DrawString(cell.Lines[first + i], cell.Font ?? Body, Ink, lineRect, format);
            }
        }
    }

    /// <summary>Top of the first of <paramref name="lines"/> text lines in a cell of the given height at the cursor.</summary>
    public double TextTop(int lines, double height, bool center) =>
        center ? Y + (height - lines * LineHeight) / 2 : Y + PdfStyle.PadY;

    /// <summary>Ends drawing and puts "第 x 页 共 y 页" and the caller's time stamp on every page, now that y is known.</summary>
    public void Finish(string generatedAt)
    {
        Close();
        var total = _document.PageCount;
        var y = PdfStyle.PageHeight - PdfStyle.FooterFromBottom;
        var width = PdfStyle.ContentWidth;
        for (var i = 0; i < total; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            gfx.DrawString($"第 {i + 1} 页 共 {total} 页", Small, Muted, new XRect(PdfStyle.MarginX, y, width, 12), XStringFormats.TopCenter);
            gfx.DrawString($"生成时间：{generatedAt}", Small, Muted, new XRect(PdfStyle.MarginX, y, width, 12), XStringFormats.TopRight);
        }
    }

    public void Dispose() => Close();

    private void Close()
    {
        if (!_closed)
            _gfx.Dispose();
        _closed = true;
    }

    private XGraphics StartPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        return XGraphics.FromPdfPage(page);
    }
}
