using PdfSharp.Drawing;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// A table row with a label and a list of options, each with a drawn box, ticked when chosen (☐ / ☑). Boxes are
/// drawn, not typed, so that they look the same in every viewer and do not depend on the font having ☑.
/// Options stand in equal columns, as many as fit, so that lists line up like a printed form.
/// </summary>
internal sealed class CheckBoxBlock(string label, IReadOnlyList<(string Text, bool Checked)> items) : IFormBlock
{
    private const double ColumnGap = 14;

    /// <summary>One line of one option: the box (only on an option's first line) and its text.</summary>
    private sealed record Piece(int Line, double X, string Text, bool HasBox, bool Checked);

    public void Render(FormCanvas canvas)
    {
        var labelWidth = PdfStyle.LabelWidth;
        var valueWidth = PdfStyle.ContentWidth - labelWidth;
        var labelLines = canvas.Wrap(label, canvas.Body, labelWidth - 2 * PdfStyle.PadX);
        var box = BoxSize(canvas);
        var pieces = Layout(canvas, valueWidth - 2 * PdfStyle.PadX, box);
        var itemLines = pieces.Count == 0 ? 1 : pieces.Max(p => p.Line) + 1;
        var cells = new FormCell[]
        {
            new(0, labelWidth, labelLines, Shaded: true, Align: XStringAlignment.Center, Repeat: true),
            new(labelWidth, valueWidth, []),
        };
        var pen = new XPen(PdfStyle.Ink, 0.8);
        var tick = new XPen(PdfStyle.Ink, 1.3) { LineCap = XLineCap.Round, LineJoin = XLineJoin.Round };

        canvas.PlaceRow(Math.Max(labelLines.Count, itemLines), PdfStyle.RowMinHeight, (from, count, height, center) =>
        {
            canvas.DrawCells(cells, from, count, height, center);
            var top = canvas.TextTop(Math.Min(count, itemLines - from), height, center);
            var left = PdfStyle.MarginX + labelWidth + PdfStyle.PadX;
            foreach (var p in pieces.Where(p => p.Line >= from && p.Line < from + count))
            {
                var lineTop = top + (p.Line - from) * canvas.LineHeight;
                var textX = left + p.X + box + 4;
                if (p.HasBox)
                    DrawBox(canvas.Gfx, pen, tick, left + p.X, lineTop + (canvas.LineHeight - box) / 2, box, p.Checked);
                canvas.Gfx.DrawString(p.Text, canvas.Body, canvas.Ink, new XRect(textX, lineTop, left + valueWidth - 2 * PdfStyle.PadX - textX, canvas.LineHeight), XStringFormats.TopLeft);
            }
        });
    }

    private static double BoxSize(FormCanvas canvas) => canvas.Body.Size * 0.85;

    private List<Piece> Layout(FormCanvas canvas, double width, double box)
    {
        var indent = box + 4;
        var widest = items.Count == 0 ? 0 : items.Max(i => canvas.Measure(i.Text, canvas.Body)) + indent;
        var columns = Math.Max(1, (int)((width + ColumnGap) / (widest + ColumnGap)));
        var pieces = new List<Piece>();
        if (columns > 1)
        {
            var columnWidth = width / columns;
            for (var i = 0; i < items.Count; i++)
                pieces.Add(new Piece(i / columns, i % columns * columnWidth, items[i].Text, true, items[i].Checked));
            return pieces;
        }
        // One column: an option too long for the line wraps under its own text, not under its box.
        var line = 0;
        foreach (var (text, chosen) in items)
        {
            var parts = canvas.Wrap(text, canvas.Body, width - indent);
            for (var k = 0; k < parts.Count; k++)
                pieces.Add(new Piece(line + k, 0, parts[k], k == 0, chosen));
            line += parts.Count;
        }
        return pieces;
    }

    private static void DrawBox(XGraphics gfx, XPen pen, XPen tick, double x, double y, double size, bool chosen)
    {
        gfx.DrawRectangle(pen, x, y, size, size);
        if (!chosen)
            return;
        gfx.DrawLines(tick, [
            new XPoint(x + size * 0.2, y + size * 0.52),
            new XPoint(x + size * 0.42, y + size * 0.76),
            new XPoint(x + size * 0.82, y + size * 0.22),
        ]);
    }
}
