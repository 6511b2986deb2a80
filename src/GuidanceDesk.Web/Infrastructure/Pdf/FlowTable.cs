using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>A column of a <see cref="FlowTable"/>. A <paramref name="RowHeader"/> column is tagged TH (e.g. the labels
/// of a label/value grid); <paramref name="Font"/> and <paramref name="Ink"/> override the table's for this column.</summary>
internal sealed record FlowColumn(string Header, double Width, XStringAlignment Align = XStringAlignment.Near,
    XFont? Font = null, XBrush? Ink = null, bool RowHeader = false);

/// <summary>How a <see cref="FlowTable"/> looks. Rules are horizontal only (an open, report-style table).</summary>
internal sealed class FlowTableStyle
{
    public required XFont HeaderFont { get; init; }
    public required XFont CellFont { get; init; }
    public required XBrush HeaderInk { get; init; }
    public required XBrush Ink { get; init; }
    /// <summary>The rule under the header and under each row, or null for none (e.g. a definition list).</summary>
    public XPen? Rule { get; init; }
    /// <summary>Font of the cells of emphasized rows (see <see cref="FlowTable.Render"/>).</summary>
    public XFont? EmphasisFont { get; init; }
    public XBrush? HeaderFill { get; init; }
    /// <summary>Fill of every other body row, or null for none.</summary>
    public XBrush? StripeFill { get; init; }
    public double PadX { get; init; } = 5;
    public double PadY { get; init; } = 4;
}

/// <summary>
/// A table in a flowing document: cells wrap (Chinese breaks between characters), a row never splits across pages
/// unless it is taller than a whole page (then it continues line by line), and the header row repeats at the top of
/// each continuation page. Tagged as Table / TR / TH / TD; the repeated header, shading and rules are artifacts.
/// </summary>
internal sealed class FlowTable(IReadOnlyList<FlowColumn> columns, FlowTableStyle style, bool showHeader = true)
{
    private const double Epsilon = 0.01;

    public double TotalWidth => columns.Sum(c => c.Width);

    /// <summary>Where the table starts, by default at the left margin.</summary>
    public double Left { get; init; } = FlowCanvas.Left;

    /// <summary>Height of the whole table if it is drawn on one page.</summary>
    public double Height(FlowCanvas canvas, IReadOnlyList<IReadOnlyList<string?>> rows) =>
        HeaderHeight(canvas) + rows.Sum(r => RowHeight(Layout(canvas, r, body: true)));

    /// <summary>Height of the header plus the first row: what must fit before the table starts on a page.</summary>
    public double LeadHeight(FlowCanvas canvas, IReadOnlyList<IReadOnlyList<string?>> rows) =>
        HeaderHeight(canvas) + (rows.Count == 0 ? 0 : RowHeight(Layout(canvas, rows[0], body: true)));

    /// <summary>Draws the table at the cursor; rows whose index is in <paramref name="emphasized"/> use the emphasis font.</summary>
    public void Render(FlowCanvas canvas, IReadOnlyList<IReadOnlyList<string?>> rows, IReadOnlySet<int>? emphasized = null)
    {
        var headerHeight = HeaderHeight(canvas);
        using var table = canvas.Element(PdfBlockLevelElementTag.Table);
        canvas.EnsureSpace(LeadHeight(canvas, rows));
        if (showHeader)
        {
            using (canvas.Element(PdfBlockLevelElementTag.TableRow))
                DrawHeader(canvas, headerHeight, tagged: true);
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = Layout(canvas, rows[i], body: true, emphasized?.Contains(i) == true);
            var height = RowHeight(cells);
            if (height > canvas.PageSpace - headerHeight + Epsilon)
            {
                DrawSplitRow(canvas, cells, i, headerHeight);
                continue;
            }
            if (canvas.EnsureSpace(height))
                RepeatHeader(canvas, headerHeight);
            using (canvas.Element(PdfBlockLevelElementTag.TableRow))
                DrawRow(canvas, cells, i, height);
            canvas.Y += height;
        }
    }

    private double HeaderHeight(FlowCanvas canvas) => showHeader ? RowHeight(Layout(canvas, columns.Select(c => (string?)c.Header).ToList(), body: false)) : 0;

    private sealed record CellLayout(FlowColumn Column, double X, XFont Font, XBrush Ink, List<string> Lines)
    {
        public double LineHeight => Font.GetHeight();
    }

    private List<CellLayout> Layout(FlowCanvas canvas, IReadOnlyList<string?> texts, bool body, bool emphasis = false)
    {
        var cells = new List<CellLayout>(columns.Count);
        var x = Left;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var font = !body ? style.HeaderFont : emphasis && style.EmphasisFont is not null ? style.EmphasisFont : column.Font ?? style.CellFont;
            var ink = body ? column.Ink ?? style.Ink : style.HeaderInk;
            var text = c < texts.Count ? texts[c] : null;
            cells.Add(new CellLayout(column, x, font, ink, canvas.Wrap(text, font, column.Width - 2 * style.PadX)));
            x += column.Width;
        }
        return cells;
    }

    private double RowHeight(List<CellLayout> cells) => cells.Max(c => c.Lines.Count * c.LineHeight) + 2 * style.PadY;

    private void RepeatHeader(FlowCanvas canvas, double headerHeight)
    {
        // Tagged once, at the start of the table: a repeat is page furniture for the eye only.
        if (showHeader)
            DrawHeader(canvas, headerHeight, tagged: false);
    }

    private void DrawHeader(FlowCanvas canvas, double height, bool tagged)
    {
        var cells = Layout(canvas, columns.Select(c => (string?)c.Header).ToList(), body: false);
        using (canvas.Artifact())
        {
            var rect = new XRect(Left, canvas.Y, TotalWidth, height);
            if (style.HeaderFill is not null)
                canvas.Gfx.DrawRectangle(style.HeaderFill, rect);
            if (style.Rule is not null)
                canvas.Gfx.DrawLine(style.Rule, rect.Left, rect.Bottom, rect.Right, rect.Bottom);
        }
        foreach (var cell in cells)
        {
            if (tagged)
            {
                using (canvas.Element(PdfBlockLevelElementTag.TableHeaderCell))
                    DrawLines(canvas, cell, 0, cell.Lines.Count);
            }
            else
            {
                using (canvas.Artifact())
                    DrawLines(canvas, cell, 0, cell.Lines.Count);
            }
        }
        canvas.Y += height;
    }

    private void DrawRow(FlowCanvas canvas, List<CellLayout> cells, int index, double height)
    {
        DrawRowBackground(canvas, index, height);
        foreach (var cell in cells)
        {
            using (canvas.Element(cell.Column.RowHeader ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell))
                DrawLines(canvas, cell, 0, cell.Lines.Count);
        }
    }

    private void DrawRowBackground(FlowCanvas canvas, int index, double height)
    {
        using (canvas.Artifact())
        {
            var rect = new XRect(Left, canvas.Y, TotalWidth, height);
            if (style.StripeFill is not null && index % 2 == 1)
                canvas.Gfx.DrawRectangle(style.StripeFill, rect);
            if (style.Rule is not null)
                canvas.Gfx.DrawLine(style.Rule, rect.Left, rect.Bottom, rect.Right, rect.Bottom);
        }
    }

    private void DrawLines(FlowCanvas canvas, CellLayout cell, int from, int count)
    {
        var format = new XStringFormat { Alignment = cell.Column.Align, LineAlignment = XLineAlignment.Near };
        var top = canvas.Y + style.PadY;
        for (var k = 0; k < count; k++)
        {
            var line = cell.Lines[from + k];
            if (line.Length == 0)
                continue;
            var rect = new XRect(cell.X + style.PadX, top + k * cell.LineHeight, cell.Column.Width - 2 * style.PadX, cell.LineHeight);
            canvas.Gfx.DrawString(line, cell.Font, cell.Ink, rect, format);
        }
    }

    /// <summary>A row taller than a page: each cell continues where it stopped, page after page. Each page's part is
    /// tagged as a row of its own (PDFsharp can only tag the newest page, so one cell cannot span two pages).</summary>
    private void DrawSplitRow(FlowCanvas canvas, List<CellLayout> cells, int index, double headerHeight)
    {
        canvas.EnsureSpace(2 * cells.Max(c => c.LineHeight) + 2 * style.PadY);
        var next = new int[cells.Count];
        while (true)
        {
            var room = canvas.Remaining - 2 * style.PadY;
            var counts = new int[cells.Count];
            for (var k = 0; k < cells.Count; k++)
            {
                var left = cells[k].Lines.Count - next[k];
                counts[k] = left <= 0 ? 0 : Math.Clamp((int)((room + Epsilon) / cells[k].LineHeight), 1, left);
            }
            var height = cells.Select((c, k) => counts[k] * c.LineHeight).Max() + 2 * style.PadY;
            using (canvas.Element(PdfBlockLevelElementTag.TableRow))
            {
                DrawRowBackground(canvas, index, height);
                for (var k = 0; k < cells.Count; k++)
                {
                    using (canvas.Element(cells[k].Column.RowHeader ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell))
                        DrawLines(canvas, cells[k], next[k], counts[k]);
                    next[k] += counts[k];
                }
            }
            canvas.Y += height;
            if (cells.Select((c, k) => next[k] >= c.Lines.Count).All(done => done))
                return;
            canvas.NewPage();
            RepeatHeader(canvas, headerHeight);
        }
    }
}
